<#
.SYNOPSIS
  Builds the Salescast Windows installer (.msi, or .exe with -Type exe) with jpackage.

.DESCRIPTION
  Checks the prerequisites, then runs installer/build-package.sh under Git Bash, which does the
  work on every OS (mvn package, staging, StripNatives, jlink, jpackage). Needs on PATH:
    - JDK 17 or newer (java, jlink, jpackage), e.g. Eclipse Temurin 17
    - Apache Maven 3.8+
    - WiX Toolset 3.x (candle.exe, light.exe) - jpackage 17 cannot use WiX 4/5
    - Git for Windows (bash, with unzip, sed, awk)
  The result lands in target\installer\out\Salescast-<version>.msi.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\windows\build-msi.ps1
  powershell -ExecutionPolicy Bypass -File installer\windows\build-msi.ps1 -Type exe -SkipBuild
#>
param(
  [ValidateSet('msi', 'exe', 'app-image')] [string] $Type = 'msi',
  [switch] $SkipBuild
)
$ErrorActionPreference = 'Stop'
$root = Resolve-Path (Join-Path $PSScriptRoot '..\..')

function Require([string] $command, [string] $hint) {
  if (-not (Get-Command $command -ErrorAction SilentlyContinue)) {
    throw "$command not found on PATH: $hint"
  }
}
Require 'java' 'install a JDK 17+ (e.g. Eclipse Temurin 17) and add its bin folder to PATH'
Require 'jpackage' 'jpackage comes with JDK 17+; add the JDK bin folder to PATH'
Require 'mvn' 'install Apache Maven 3.8+ and add its bin folder to PATH'
if ($Type -ne 'app-image') {
  Require 'candle.exe' 'install the WiX Toolset 3.14 (https://github.com/wixtoolset/wix3/releases) and add its bin folder to PATH'
  Require 'light.exe' 'install the WiX Toolset 3.14 and add its bin folder to PATH'
}
$bash = Get-Command bash.exe -ErrorAction SilentlyContinue
if (-not $bash) {
  $gitBash = Join-Path $env:ProgramFiles 'Git\bin\bash.exe'
  if (Test-Path $gitBash) { $bash = $gitBash } else { throw 'bash.exe not found: install Git for Windows' }
} else { $bash = $bash.Source }

$scriptArgs = @('installer/build-package.sh', $Type)
if ($SkipBuild) { $scriptArgs += '--skip-build' }
Push-Location $root
try {
  & $bash @scriptArgs
  if ($LASTEXITCODE -ne 0) { throw "build-package.sh failed with exit code $LASTEXITCODE" }
} finally {
  Pop-Location
}
