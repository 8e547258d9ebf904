; Inno Setup 6 script of Recommandés AR24, compiled by `python build/build.py` on Windows
; (or by hand: ISCC /DAppVersion=0.1.0 build\windows\recommandes-ar24.iss) after the
; PyInstaller bundle dist\recommandes-ar24\ is built.
;
; Program files go to Program Files (or the user's programs folder when installed without
; administrator rights); the data folder %LOCALAPPDATA%\recommandes-ar24 (database, documents,
; proofs, settings) is never written nor removed by the installer or the uninstaller, so an
; upgrade keeps every letter and proof. Secrets stay in the Windows credential manager.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef DistDir
  #define DistDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\out\icons\app.ico"
#endif
#define AppName "Recommandés AR24"
#define AppSlug "recommandes-ar24"
#define AppExe AppSlug + ".exe"

[Setup]
; The AppId never changes: it is what makes a newer installer an upgrade of the installed version.
AppId={{6F3C2A9E-4B71-4E0D-9C55-2A1D7B0E8F24}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#DistDir}
OutputBaseFilename={#AppSlug}-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; Files of an older version that the new one no longer ships (never the data folder).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\{#AppSlug}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: uninstalling removes the program only, the agency's data stays.
