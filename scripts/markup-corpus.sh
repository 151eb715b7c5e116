#!/usr/bin/env bash
# Builds Markdown and HTML versions of a folder of plain-text articles, to
# measure the readers' throughput on real article lengths:
#   OUT/md/…/*.md      front matter, paragraphs wrapped at 80 columns
#   OUT/html/…/*.html  a page: head, navigation, the paragraphs in <p>
#                      (entities escaped), a share bar and a footer
# Usage: scripts/markup-corpus.sh [DIR] [OUT]   (default: the BBC corpus, /tmp/mtlint-markup)
# Then: scripts/measure.sh OUT/md, scripts/measure.sh OUT/html.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/corpus/bbc-dev}
out=${2:-/tmp/mtlint-markup}
[ -d "$dir" ] || { echo "markup-corpus: $dir is not a directory" >&2; exit 2; }
rm -rf "$out/md" "$out/html"
find "$dir" -type f -name '*.txt' | while read -r f; do
  rel=${f#"$dir"/}
  base=${rel%.txt}
  mkdir -p "$out/md/$(dirname "$rel")" "$out/html/$(dirname "$rel")"
  { printf -- '---\ntitle: "%s"\nlang: en\nsite: corpus\n---\n\n' "$(head -1 "$f" | tr -d '"')"
    awk 'NF == 0 { print; next } { print }' "$f" | fold -s -w 80
  } > "$out/md/$base.md"
  { printf '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head><body>\n' "$(head -1 "$f" | sed 's/&/\&amp;/g; s/</\&lt;/g')"
    printf '<nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>\n<article>\n'
    awk 'NF > 0 { gsub(/&/, "\\&amp;"); gsub(/</, "\\&lt;"); print "<p>" $0 "</p>" }' "$f"
    printf '<div class="share"><a href="/fb">Facebook</a> <a href="/tw">Twitter</a></div>\n</article>\n<footer><p>&copy; Corpus</p></footer></body></html>\n'
  } > "$out/html/$base.html"
done
echo "markup-corpus: $(find "$out/md" -type f | wc -l) Markdown and $(find "$out/html" -type f | wc -l) HTML files in $out"
