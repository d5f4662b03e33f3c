import { useMemo } from 'react';
import { encode } from 'uqr';

interface Props {
  text: string;
  /** Accessible name; should contain "QR". */
  label: string;
  className?: string;
}

/** A QR code drawn as one SVG path, generated in the page: no image request, no third party. */
export function QrCode({ text, label, className }: Props) {
  const { path, size } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: 2 });
    let d = '';
    qr.data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) d += `M${x} ${y}h1v1h-1z`;
      }),
    );
    return { path: d, size: qr.size };
  }, [text]);
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      data-qr-text={text}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

/** A QR code with its caption: what it opens, said in words beside it. */
export function QrFigure({ text, label, caption, className }: Props & { caption: string }) {
  return (
    <figure className={className}>
      <QrCode text={text} label={label} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
