@echo off
rem ITA Merge: opens the office's web page. Double-click this file and keep its window open while
rem the divisions send their files. It runs from its own folder, so input\ and output\ are those
rem beside it, the folders the commands use too. Given a command (ita-merge.cmd merge, validate,
rem templates, plan ...) it runs that command instead, started as fast as the page.
setlocal
chcp 65001 >nul
cd /d "%~dp0"
where java >nul 2>nul
if errorlevel 1 (
  echo ไม่พบ Java ในเครื่องนี้: ให้ติดตั้ง Java 17 ขึ้นไปก่อน ^(เช่น จาก adoptium.net^) แล้วเปิดใหม่
  pause
  exit /b 1
)
rem The archive of the tool's classes that the build made (ita-merge.jsa) speeds the start on the Java
rem that made it; any other Java refuses it and starts as before, silently.
set "ITA_CDS="
if exist ita-merge.jsa set "ITA_CDS=-XX:SharedArchiveFile=ita-merge.jsa -Xshare:auto -Xlog:cds=off,cds+dynamic=off"
rem no command, or only the page's options: the page
set "ITA_FIRST=%~1"
if not defined ITA_FIRST set "ITA_FIRST=-"
set "ITA_PAGE="
if "%ITA_FIRST:~0,1%"=="-" set "ITA_PAGE=serve --open"
for %%h in (-h --help -V --version) do if "%ITA_FIRST%"=="%%h" set "ITA_PAGE="
rem 512 MB is plenty for an office's merge; C1 and the serial collector start fastest on an office PC.
java -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %ITA_CDS% -Dfile.encoding=UTF-8 -jar "%~dp0ita-merge.jar" %ITA_PAGE% %*
if defined ITA_PAGE if errorlevel 1 pause
