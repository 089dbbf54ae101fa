#!/bin/sh
# ITA Merge: opens the office's web page. Double-click this file (or run: sh ita-merge.sh) and keep
# its window open while the divisions send their files. It runs from its own folder, so input/ and
# output/ are those beside it, the folders the commands use too. Given a command (sh ita-merge.sh
# merge, validate, templates, plan …) it runs that command instead, started as fast as the page.
cd "$(dirname "$0")" || exit 1
if ! command -v java >/dev/null 2>&1; then
  echo "ไม่พบ Java ในเครื่องนี้: ให้ติดตั้ง Java 17 ขึ้นไปก่อน (เช่น sudo apt install openjdk-17-jre) แล้วเปิดใหม่"
  exit 1
fi
# The archive of the tool's classes that the build made (ita-merge.jsa) speeds the start on the Java
# that made it; any other Java refuses it and starts as before, silently.
ITA_CDS=
if [ -f ita-merge.jsa ]; then
  ITA_CDS="-XX:SharedArchiveFile=ita-merge.jsa -Xshare:auto -Xlog:cds=off,cds+dynamic=off"
fi
# no command, or only the page's options: the page
case "${1:--}" in
  -h | --help | -V | --version) ;;
  -*) set -- serve --open "$@" ;;
esac
# 512 MB is plenty for an office's merge; C1 and the serial collector start fastest on an office PC.
exec java -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC $ITA_CDS -Dfile.encoding=UTF-8 -jar ita-merge.jar "$@"
