# Shared by the bench scripts: a JDK 21+, and the class path of the compiled tests.
# shellcheck shell=bash
find_java() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major="$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 |
      awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1)"
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$candidate"; return 0
    fi
  done
  echo "no JDK 21 or newer found; set JAVA_HOME" >&2
  return 1
}

# Compiles main and test sources and writes the test class path to target/bench-classpath.txt.
test_classpath() {
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test > /dev/null
  echo "target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
}
