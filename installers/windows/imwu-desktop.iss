; Inno Setup script for IMWU Desktop on Windows: a per-user installer (no administrator
; rights), a Start-menu entry, the .imwu file type with its own icon, and a clean uninstall.
;
; Build on Windows (Inno Setup 6.3 or later, Python 3.11+), from the checkout's top folder:
;
;   py -3.11 -m venv .venv
;   .venv\Scripts\pip install -e ".[bundle]"
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build installers\imwu-desktop.spec
;   .venv\Scripts\imwu-desktop --self-test
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installers\windows\imwu-desktop.iss
;
; The installer is written to dist\imwu-desktop-<version>-setup.exe. Sign it (and
; dist\imwu-desktop\imwu-desktop.exe before packing) with signtool if you have a certificate:
;   signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a FILE
;
; Everything goes to the user's own hive and folders: {autopf} is
; %LOCALAPPDATA%\Programs and the registry entries live under HKCU\Software\Classes.
; Uninstalling removes the program folder and those keys; the user's case files, settings
; (%LOCALAPPDATA%\IMWU Desktop) and the passwords in Windows Credential Manager are kept.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "IMWU Desktop"
#define AppExe "imwu-desktop.exe"
#define ProgId "IMWUDesktop.Case"
#define BundleDir "..\..\dist\imwu-desktop"

[Setup]
; A fixed identity: upgrades replace the installed version instead of adding a second one.
AppId={{C86F9960-7C77-4C87-A7AA-082C2F9C77AD}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per-user install: never asks for administrator rights.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\..\resources\icons\imwu-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=imwu-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
english.CaseFileType=IMWU Desktop case
french.CaseFileType=Dossier IMWU Desktop

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller onedir bundle (imwu-desktop.exe and its _internal folder).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Prepare an exemption opinion request for IRCC's IMWU"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .imwu file type, in the user's own hive (HKCU\Software\Classes).
; Values, not keys, under .imwu: another program may have registered itself there too.
Root: HKCU; Subkey: "Software\Classes\.imwu"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\.imwu"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-imwu-case"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\.imwu\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:CaseFileType}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\_internal\resources\icons\imwu-case.ico,0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".imwu"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the app or Python may have added beside the program (never the user's data).
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"
