#!/usr/bin/env bash
# Proves the build rejects what architecture.md forbids: a library pulling in a framework, and a
# library depending on another Fieldline module it must not see. Works on a throw-away copy.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

expect_rejected() { # name, module, dependency-xml, expected message
  local name="$1" module="$2" dep="$3" expected="$4"
  rm -rf "$work/repo" && mkdir -p "$work/repo"
  (cd "$root" && git ls-files -z | xargs -0 cp --parents -t "$work/repo")
  python3 - "$work/repo/$module/pom.xml" "$dep" <<'PY'
import sys
path, dep = sys.argv[1], sys.argv[2]
text = open(path).read()
# the project's own <dependencies>, not the one inside <dependencyManagement>
start = text.find("</dependencyManagement>") + 1
at = text.index("<dependencies>", start) + len("<dependencies>")
text = text[:at] + "\n" + dep + text[at:]
open(path, "w").write(text)
PY
  if (cd "$work/repo" && ./mvnw -B -q -o -pl "$module" -am validate >"$work/out.txt" 2>&1); then
    echo "FAIL: $name was accepted by the build"; exit 1
  fi
  if ! grep -q "$expected" "$work/out.txt"; then
    echo "FAIL: $name failed for another reason:"; tail -20 "$work/out.txt"; exit 1
  fi
  echo "ok: $name is rejected ($expected)"
}

# needs the artifacts in the local repository: the main build above resolved them
expect_rejected "sync-protocol depending on Quarkus" sync-protocol \
  "<dependency><groupId>io.quarkus</groupId><artifactId>quarkus-arc</artifactId><version>3.34.2</version></dependency>" \
  "must stay framework-free"
expect_rejected "scheduling depending on Hibernate (transitively)" scheduling \
  "<dependency><groupId>io.quarkus</groupId><artifactId>quarkus-hibernate-reactive-panache</artifactId><version>3.34.2</version></dependency>" \
  "must stay framework-free"
expect_rejected "scheduling depending on sync-protocol" scheduling \
  "<dependency><groupId>io.fieldline</groupId><artifactId>sync-protocol</artifactId><version>\${project.version}</version></dependency>" \
  "must not depend on these Fieldline modules"
expect_rejected "mobile-contract depending on scheduling" mobile-contract \
  "<dependency><groupId>io.fieldline</groupId><artifactId>scheduling</artifactId><version>\${project.version}</version></dependency>" \
  "must not depend on these Fieldline modules"
echo "dependency rules: 4 forbidden dependencies rejected"
