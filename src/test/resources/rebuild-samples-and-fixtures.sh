#!/bin/sh
# Rebuilds samples/ and every fixture derived from them, in the order they depend on each other.
# Run from the project folder after changing the templates or the sample data. make-tool-fixtures.sh
# needs LibreOffice Calc and python3-openpyxl (Debian packages), make-hostile-fixtures.py python3
# alone; the others only the JDK and Maven.
set -e
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="target/test-classes:target/classes:$(cat target/cp.txt)"
java -cp "$cp" th.ita.merge.samples.SampleGenerator samples
java -cp "$cp" th.ita.merge.samples.BrokenWorkbooks
java -cp "$cp" th.ita.merge.samples.RiskFixtureGenerator
sh src/test/resources/validation/make-tool-fixtures.sh
/usr/bin/python3 src/test/resources/hostile/make-hostile-fixtures.py
