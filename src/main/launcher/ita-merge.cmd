@echo off
rem ITA Merge: opens the office's web page. Double-click this file and keep its window open while
rem the divisions send their files. It runs from its own folder, so input\ and output\ are those
rem beside it, the folders the commands use too.
chcp 65001 >nul
cd /d "%~dp0"
where java >nul 2>nul
if errorlevel 1 (
  echo ไม่พบ Java ในเครื่องนี้: ให้ติดตั้ง Java 17 ขึ้นไปก่อน ^(เช่น จาก adoptium.net^) แล้วเปิดใหม่
  pause
  exit /b 1
)
rem 512 MB is plenty for an office's merge; C1 and the serial collector start fastest on an office PC.
java -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8 -jar "%~dp0ita-merge.jar" serve --open %*
if errorlevel 1 pause
