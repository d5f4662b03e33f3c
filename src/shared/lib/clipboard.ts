/** Copies text; false where the clipboard is not available (an insecure context, a refusal). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
