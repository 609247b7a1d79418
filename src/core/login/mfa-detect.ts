// Recognises, in one line of a login tool's output, that it now waits for the person to approve MFA: number
// matching (the number to pick) or a push. Pure; the line is already ANSI-stripped.

export type MfaPrompt = { kind: 'number'; number: string } | { kind: 'push' } | { kind: 'browser' };

// As real tools print them: "MFA Number: 42" (saml2aws & co.), "Tap this number in Okta Verify: 42", "numerical
// code for prompt: 42" (aws-google-auth), "[BINDING CODE] 42"; not "number of roles: 12", not a 6-digit OTP.
const NUMBER = /\b(?:number(?!\s+of\b)|numerical code|binding code|enter|tap|select|choose|pick)\b[^0-9\r\n]{0,30}?\b(\d{2,3})\b(?!\s*(?:seconds?|s|minutes?|%))/i;
// "Duo Push sent", "approve the sign-in", "Open the Google App, and tap 'Yes' on the prompt", "Check your phone".
const PUSH = /\bpush\b|\bapprove\b|\bverify (?:it'?s|that it'?s) you\b|\bcheck your (?:phone|device)\b|\btap '?yes\b/i;

export function detectMfa(line: string): MfaPrompt | null {
  const n = NUMBER.exec(line);
  if (n) return { kind: 'number', number: n[1]! };
  return PUSH.test(line) ? { kind: 'push' } : null;
}

// Who asks: a push or a browser tab nobody expects is how phishing looks, so the sender is always named.
const FROM = "Claude Code's AWS keepalive";

/** The notification's text: what waits, the profile and who asks, never anything the tool printed besides. */
export function mfaMessage(p: MfaPrompt, profile: string): { title: string; body: string } {
  if (p.kind === 'browser') {
    return { title: 'AWS login: sign in in your browser', body: `${FROM} opened a sign-in for AWS profile "${profile}": finish it in the browser tab.` };
  }
  return {
    title: p.kind === 'number' ? `AWS login: choose ${p.number}` : 'AWS login: approve the push',
    body: p.kind === 'number'
      ? `${FROM}: number matching for AWS profile "${profile}": choose ${p.number} in your authenticator app.`
      : `${FROM}: approve the sign-in for AWS profile "${profile}" on your phone.`,
  };
}

/** The program that shows desktop notifications on this platform. */
export function notifierProgram(platform: NodeJS.Platform): string {
  return platform === 'darwin' ? 'osascript' : platform === 'win32' ? 'powershell' : 'notify-send';
}
