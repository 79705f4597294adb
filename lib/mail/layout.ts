/**
 * Email building blocks: the document shell, cards, headings, fact rows and bulletproof buttons.
 *
 * Email HTML is not web HTML. What works across Gmail (web and apps), Outlook (Windows, Mac, web) and
 * Apple Mail is: one self-contained document, tables for layout, CSS only in `style` attributes (Gmail
 * drops a lot of <style>, Outlook for Windows renders with Word), widths in attributes as well as CSS,
 * a 600 px column that shrinks to the screen (max-width + width:100%), system fonts, no images, no
 * script. Buttons are "bulletproof": a table cell with `bgcolor` and a block link inside with padding,
 * so the colour shows even where padding on links is ignored (Outlook) and the whole block is tappable
 * elsewhere; each is full width and at least 48 px tall for a thumb.
 *
 * Dark mode: clients either leave the colours alone (Apple Mail when a colour scheme is declared) or
 * invert them (Gmail apps, Outlook). Every block sets its background and text colour together, there is
 * no text on images and no colour-only meaning (every badge also has a word), so either way stays
 * legible.
 *
 * All content goes through `markup` (lib/mail/escape), which escapes interpolated strings.
 */
import type { Severity } from '../domain/kinds';
import { markup, raw } from './escape';
import type { HtmlValue, SafeHtml } from './escape';

export const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
export const MONO = "ui-monospace,SFMono-Regular,Menlo,Consolas,'Liberation Mono',monospace";

export const COLOR = {
  page: '#eef0f3',
  card: '#ffffff',
  text: '#1f2937',
  muted: '#4b5563',
  border: '#d1d5db',
  soft: '#f6f7f9',
  link: '#1d4ed8',
  mark: '#fde68a',
  markText: '#111827',
} as const;

/** Banner colours per severity: background, text. All pass WCAG AA with white text. */
export const SEVERITY_COLOR: Record<Severity, { bg: string; fg: string; soft: string; edge: string }> = {
  critical: { bg: '#991b1b', fg: '#ffffff', soft: '#fef2f2', edge: '#991b1b' },
  high: { bg: '#b45309', fg: '#ffffff', soft: '#fff7ed', edge: '#b45309' },
  medium: { bg: '#6d28d9', fg: '#ffffff', soft: '#f5f3ff', edge: '#6d28d9' },
  low: { bg: '#1e40af', fg: '#ffffff', soft: '#eff6ff', edge: '#1e40af' },
};

export const SEVERITY_WORD: Record<Severity, string> = {
  critical: 'CRITICAL',
  high: 'HIGH',
  medium: 'MEDIUM',
  low: 'LOW',
};

/** The whole document: head with charset/viewport/colour scheme, hidden preheader, centred 600 px column. */
export const emailDocument = (opts: { title: string; preheader: string; body: SafeHtml }): string =>
  markup`<!DOCTYPE html>
<html lang="en-GB" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="x-apple-disable-message-reformatting">
<meta name="format-detection" content="telephone=no, date=no, address=no, email=no, url=no">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${opts.title}</title>
</head>
<body style="margin:0;padding:0;width:100%;background-color:${COLOR.page};color:${COLOR.text};-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%;">
<div style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all;">${opts.preheader}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="${COLOR.page}" style="width:100%;background-color:${COLOR.page};border-collapse:collapse;">
<tr><td align="center" style="padding:12px 8px;">
<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;border-collapse:collapse;font-family:${FONT};font-size:16px;line-height:1.5;color:${COLOR.text};">
${opts.body}
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</body>
</html>
`.value;

/** One full-width row of the column. */
export const row = (
  content: HtmlValue,
  opts: { bg?: string; padding?: string; border?: string } = {},
): SafeHtml => {
  const bg = opts.bg ?? COLOR.card;
  const border = opts.border ? `border-left:4px solid ${opts.border};` : '';
  return markup`<tr><td bgcolor="${bg}" style="background-color:${bg};padding:${opts.padding ?? '16px 18px'};${raw(border)}color:${COLOR.text};word-wrap:break-word;overflow-wrap:anywhere;">${content}</td></tr>`;
};

/** Vertical gap between rows. */
export const gap = (px = 10): SafeHtml =>
  markup`<tr><td height="${px}" style="height:${px}px;line-height:${px}px;font-size:1px;">&nbsp;</td></tr>`;

export const heading = (text: string): SafeHtml =>
  markup`<h2 style="margin:0 0 8px 0;font-family:${FONT};font-size:18px;line-height:1.3;font-weight:700;color:${COLOR.text};">${text}</h2>`;

export const para = (
  content: HtmlValue,
  opts: { muted?: boolean; size?: number; margin?: string } = {},
): SafeHtml =>
  markup`<p style="margin:${opts.margin ?? '0 0 10px 0'};font-size:${opts.size ?? 16}px;line-height:1.5;color:${opts.muted ? COLOR.muted : COLOR.text};">${content}</p>`;

export const strong = (text: HtmlValue): SafeHtml =>
  markup`<strong style="font-weight:700;">${text}</strong>`;

/** A visible link. The URL must already be vetted (safePostUrl / safeHttpUrl). */
export const link = (url: string, label: HtmlValue): SafeHtml =>
  markup`<a href="${url}" target="_blank" rel="noopener noreferrer" style="color:${COLOR.link};text-decoration:underline;">${label}</a>`;

/** Facts as "Label: value" lines; stacks gracefully at 375 px without media queries. */
export const facts = (items: readonly (readonly [string, HtmlValue])[]): SafeHtml =>
  markup`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">${items.map(
    ([k, v]) =>
      markup`<tr><td style="padding:4px 0;font-size:15px;line-height:1.45;color:${COLOR.text};vertical-align:top;"><span style="color:${COLOR.muted};">${k}:</span> ${v}</td></tr>`,
  )}</table>`;

export const bullets = (items: readonly HtmlValue[]): SafeHtml =>
  items.length === 0
    ? markup``
    : markup`<ul style="margin:0 0 10px 0;padding:0 0 0 20px;">${items.map(
        (i) =>
          markup`<li style="margin:0 0 4px 0;font-size:15px;line-height:1.45;color:${COLOR.text};">${i}</li>`,
      )}</ul>`;

export type ButtonStyle = 'primary' | 'dark' | 'danger' | 'outline';

const BUTTON: Record<ButtonStyle, { bg: string; fg: string; border: string }> = {
  primary: { bg: '#1d4ed8', fg: '#ffffff', border: '#1d4ed8' },
  dark: { bg: '#374151', fg: '#ffffff', border: '#374151' },
  danger: { bg: '#991b1b', fg: '#ffffff', border: '#991b1b' },
  outline: { bg: '#ffffff', fg: '#1f2937', border: '#6b7280' },
};

/**
 * A bulletproof, full-width button with an optional one-line hint under the label.
 * The URL must already be vetted.
 */
export const button = (url: string, label: string, style: ButtonStyle, hint?: string): SafeHtml => {
  const c = BUTTON[style];
  const sub = hint
    ? markup`<br><span style="font-size:13px;line-height:18px;font-weight:400;color:${c.fg};">${hint}</span>`
    : '';
  return markup`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:separate;margin:0 0 10px 0;"><tr><td align="center" bgcolor="${c.bg}" style="background-color:${c.bg};border:2px solid ${c.border};border-radius:8px;mso-padding-alt:14px 16px;"><a href="${url}" target="_blank" rel="noopener noreferrer" style="display:block;padding:14px 16px;font-family:${FONT};font-size:17px;line-height:20px;font-weight:700;color:${c.fg};text-decoration:none;border-radius:8px;">${label}${sub}</a></td></tr></table>`;
};

/** Small inline link-buttons for roll-up items (several per line, still 40 px tall). */
export const smallButton = (url: string, label: string, style: ButtonStyle): SafeHtml => {
  const c = BUTTON[style];
  return markup`<a href="${url}" target="_blank" rel="noopener noreferrer" style="display:inline-block;margin:0 6px 6px 0;padding:9px 12px;border:2px solid ${c.border};border-radius:6px;background-color:${c.bg};color:${c.fg};font-family:${FONT};font-size:14px;line-height:18px;font-weight:700;text-decoration:none;">${label}</a>`;
};

/**
 * A small rounded label ("HIGH", "SUAT §11", a spike's top term). It keeps to one line while it fits;
 * one longer than the column (a 40-character hashtag at 375 px) wraps inside it instead of widening it.
 */
export const chip = (text: string, bg: string, fg: string): SafeHtml =>
  markup`<span style="display:inline-block;max-width:100%;box-sizing:border-box;margin:0 4px 4px 0;padding:2px 8px;border-radius:10px;background-color:${bg};color:${fg};font-size:13px;line-height:18px;font-weight:700;word-wrap:break-word;overflow-wrap:anywhere;">${text}</span>`;
