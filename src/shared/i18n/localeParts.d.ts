/** A part of a language's text, served by scripts/locale-parts.mjs: `locale-part:zh/core`, `locale-part:en/views`. */
declare module 'locale-part:*' {
  const text: Record<string, unknown>;
  export default text;
}
