# cc-aws-keepalive login template for Windows. `/aws-keepalive setup --login <tool>` installs it into
# %APPDATA%\cc-aws-keepalive\ and never overwrites a copy you changed.
#
# usage (what setup writes into autoLoginCmd, as -EncodedCommand so cmd.exe changes nothing in it):
#   powershell -NoProfile -NonInteractive -Command "& ([scriptblock]::Create([IO.File]::ReadAllText('PATH\login.ps1')))
#     -Account 'PROFILE' -TimeoutSeconds N -Program 'TOOL' -Arguments 'ARGS'"
# It runs as a script block built from this file's text, not with -File: a Group Policy execution policy
# (AllSigned, Restricted) overrides -ExecutionPolicy Bypass for files, never for a command. ARGS is one string: it
# becomes the tool's command line as is, so PowerShell never reads `--flags` as its own.
#
# This file is ASCII only: Windows PowerShell 5.1 reads a script without a BOM in the ANSI code page, where the
# bytes of a UTF-8 dash or quote become PowerShell quote characters (tests/unit/login/login-windows.test.ts).
#
# Runs TOOL with its input and output redirected and, when it asks for a password, writes the one stored in
# Windows Credential Manager under the generic target "cc-aws-keepalive:PROFILE" (store it once with
# `cmdkey /generic:cc-aws-keepalive:PROFILE /user:%USERNAME% /pass`). The password never comes from a file, an
# argument or the environment, and is never printed. -NonInteractive makes any PowerShell prompt fail at once.
# Windows has no pseudo-terminals for scripts: a tool that reads the password from the console itself (not from
# its input) cannot be driven this way. No Windows runs the test suite: docs/platforms.md says what is checked here.
#
# Exit codes: TOOL's own; 2 no password stored; 3 role menu; 4 password refused; 124 timeout.
param(
  [Parameter(Mandatory = $true)][string]$Account,
  [int]$TimeoutSeconds = 120,
  [Parameter(Mandatory = $true)][string]$Program,
  [string]$Arguments = ''
)
$ErrorActionPreference = 'Stop'
$target = "cc-aws-keepalive:$Account"
$name = [System.IO.Path]::GetFileName($Program)

Add-Type -TypeDefinition @'
using System;
using System.Runtime.InteropServices;
public static class CcKeepaliveCred {
  [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
  struct CREDENTIAL { public int Flags; public int Type; public string TargetName; public string Comment;
    public long LastWritten; public int CredentialBlobSize; public IntPtr CredentialBlob; public int Persist;
    public int AttributeCount; public IntPtr Attributes; public string TargetAlias; public string UserName; }
  [DllImport("advapi32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
  static extern bool CredRead(string target, int type, int flags, out IntPtr cred);
  [DllImport("advapi32.dll")] static extern void CredFree(IntPtr cred);
  public static string Read(string target) {
    IntPtr p;
    if (!CredRead(target, 1, 0, out p)) return null;   // 1 = CRED_TYPE_GENERIC
    try {
      var c = (CREDENTIAL)Marshal.PtrToStructure(p, typeof(CREDENTIAL));
      return c.CredentialBlobSize == 0 ? null : Marshal.PtrToStringUni(c.CredentialBlob, c.CredentialBlobSize / 2);
    } finally { CredFree(p); }
  }
}
'@


$cmd = Get-Command $Program -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
if (-not $cmd) { Write-Output "cc-aws-keepalive: $name is not on PATH"; exit 127 }
$argLine = $Arguments
$psi = New-Object System.Diagnostics.ProcessStartInfo
if ($cmd.Source -match '\.(cmd|bat)$') {
  # npm installs tools as .cmd shims, which only cmd.exe can run.
  $psi.FileName = $env:ComSpec
  $psi.Arguments = '/d /s /c ""' + $cmd.Source + '" ' + $argLine + '"'
} else {
  $psi.FileName = $cmd.Source
  $psi.Arguments = $argLine
}
$psi.UseShellExecute = $false
$psi.RedirectStandardInput = $true
$psi.RedirectStandardOutput = $true
$psi.RedirectStandardError = $true
$psi.CreateNoWindow = $true
$p = [System.Diagnostics.Process]::Start($psi)
# Both streams go into one queue, read a chunk at a time: a prompt has no newline to wait for.
$queue = [System.Collections.Concurrent.ConcurrentQueue[string]]::new()
$readers = foreach ($s in @($p.StandardOutput, $p.StandardError)) {
  $buf = New-Object char[] 4096
  [pscustomobject]@{ Stream = $s; Buf = $buf; Task = $s.ReadAsync($buf, 0, $buf.Length) }
}

function Stop-Tool([int]$code, [string]$text) {
  Write-Output "cc-aws-keepalive: $text"
  # Process.Kill() ends one process: a .cmd shim's node and the browser it opened would live on. taskkill /T
  # walks the tree (started as a process of its own: PowerShell 5.1 turns a native command's redirected stderr into
  # errors, which $ErrorActionPreference = 'Stop' would throw), with a deadline of its own.
  try {
    $tk = New-Object System.Diagnostics.ProcessStartInfo 'taskkill.exe', "/pid $($p.Id) /T /F"
    $tk.UseShellExecute = $false
    $tk.CreateNoWindow = $true
    $tk.RedirectStandardOutput = $true
    $tk.RedirectStandardError = $true
    [void][System.Diagnostics.Process]::Start($tk).WaitForExit(5000)
  } catch { }
  try { if (-not $p.HasExited) { $p.Kill() } } catch { }
  exit $code
}

$deadline = (Get-Date).AddSeconds($TimeoutSeconds)
$pending = ''
$asked = 0
$toldMfa = $false
$password = $null
while ($true) {
  foreach ($r in $readers) {
    if ($r.Task -and $r.Task.IsCompleted) {
      $n = $r.Task.Result
      if ($n -gt 0) { $queue.Enqueue((New-Object string ($r.Buf, 0, $n))); $r.Task = $r.Stream.ReadAsync($r.Buf, 0, $r.Buf.Length) }
      else { $r.Task = $null }
    }
  }
  $chunk = $null
  while ($queue.TryDequeue([ref]$chunk)) { $pending += $chunk }
  $pending = $pending -replace '\x1b\[[0-9;?]*[ -/]*[@-~]', ''
  $parts = $pending -split '\r\n|\n|\r'
  $pending = $parts[-1]
  # Every part but the last (a partial line). Not a range from 0 to Count-2: with one part that is 0..-1, two
  # items, and the partial line would be printed twice and read twice for an MFA number.
  for ($i = 0; $i -lt $parts.Count - 1; $i++) {
    $line = $parts[$i]
    if ($line.Trim() -eq '') { continue }
    if ($password) { $line = $line.Replace($password, '****') }
    Write-Output $line
    if ($line -match '(?i)\b(choose|select|pick) (a |the |your )?role|use arrows to move') { Stop-Tool 3 "$name shows a role menu, which auto-login cannot answer: pre-select the role and run /aws-keepalive login --test" }
    if (-not $toldMfa -and $line -match '(?i)(number|numerical code|binding code|enter|tap|select|choose)[^0-9]{0,30}\b([0-9]{2,3})\b') { Write-Output "cc-aws-keepalive: MFA number matching: choose $($Matches[2]) on your phone"; $toldMfa = $true }
  }
  if ($pending -match '(?i)(choose|select|pick) (a |the |your )?role') { Stop-Tool 3 "$name shows a role menu, which auto-login cannot answer: pre-select the role and run /aws-keepalive login --test" }
  if ($pending -match '(?i)pass(word|phrase)( for [^\r\n:]{1,80})?[ :?>]*$') {
    $asked++
    if ($asked -gt 1) { Stop-Tool 4 "the identity provider refused the password stored for $target (it asked again): store the current one with: cmdkey /generic:$target /user:%USERNAME% /pass" }
    if (-not $password) { $password = [CcKeepaliveCred]::Read($target) }
    if (-not $password) { Stop-Tool 2 "no password for `"$Account`" in Credential Manager: store it once with: cmdkey /generic:$target /user:%USERNAME% /pass" }
    $p.StandardInput.WriteLine($password)
    $p.StandardInput.Flush()
    $pending = ''
  }
  if ($p.HasExited -and -not ($readers | Where-Object { $_.Task })) { break }
  if ((Get-Date) -gt $deadline) { Stop-Tool 124 "$name did not finish within $TimeoutSeconds s (waiting for MFA approval, or a prompt this script does not know): stopped" }
  Start-Sleep -Milliseconds 50
}
if ($pending.Trim() -ne '') { Write-Output $pending }
$p.WaitForExit()
if ($p.ExitCode -ne 0) { Write-Output "cc-aws-keepalive: $name failed (exit code $($p.ExitCode))" }
exit $p.ExitCode
