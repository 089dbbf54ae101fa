#!/bin/sh
# ITA Merge: opens the office's web page. Double-click this file (or run: sh ita-merge.sh) and keep
# its window open while the divisions send their files. It runs from its own folder, so input/ and
# output/ are those beside it, the folders the commands use too.
cd "$(dirname "$0")" || exit 1
if ! command -v java >/dev/null 2>&1; then
  echo "ไม่พบ Java ในเครื่องนี้: ให้ติดตั้ง Java 17 ขึ้นไปก่อน (เช่น sudo apt install openjdk-17-jre) แล้วเปิดใหม่"
  exit 1
fi
# 512 MB is plenty for an office's merge; C1 and the serial collector start fastest on an office PC.
exec java -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8 -jar ita-merge.jar serve --open "$@"
