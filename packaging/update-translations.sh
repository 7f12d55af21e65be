#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources. English is the source language: its file keeps
# only the plural forms, filled in here ("%n client(s)" -> "%n client" / "%n clients").
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
"$lupdate" -pluralonly -no-obsolete -locations none core ui app -ts translations/rapport_en.ts
for ts in translations/rapport_*.ts; do
    [ "$ts" = translations/rapport_en.ts ] || "$lupdate" -no-obsolete -locations relative core ui app -ts "$ts"
done
python3 - translations/rapport_en.ts <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding='utf-8').read()
# Plural sources that do not use "(s)": singular first, plural second.
special = {
    'Add %n Clients': ('Add %n Client', 'Add %n Clients'),
    'Delete %n Clients': ('Delete %n Client', 'Delete %n Clients'),
    'Delete %n clients? Undo brings them back.': ('Delete %n client? Undo brings it back.', 'Delete %n clients? Undo brings them back.'),
    '%n clients here': ('%n client here', '%n clients here'),
    'add %n clients': ('add %n client', 'add %n clients'),
    'delete %n clients': ('delete %n client', 'delete %n clients'),
}
def forms(source):
    if source in special:
        return special[source]
    if '(s)' in source or '(es)' in source:
        one = source.replace('(s)', '').replace('(es)', '')
        many = source.replace('(s)', 's').replace('(es)', 'es')
        return one, many
    return source, source
def fill(match):
    source, comment = match.group(1), match.group(2) or ''
    one, many = forms(source.replace('&amp;', '&'))
    esc = lambda s: s.replace('&', '&amp;')
    return ('<source>%s</source>%s\n        <translation>\n            <numerusform>%s</numerusform>\n'
            '            <numerusform>%s</numerusform>\n        </translation>') % (source, comment, esc(one), esc(many))
# A message may carry a translator's comment between its source and its translation.
text = re.sub(r'<source>([^<]*)</source>(\s*<comment>[^<]*</comment>)?\s*<translation[^>]*>.*?</translation>', fill, text, flags=re.S)
open(path, 'w', encoding='utf-8').write(text)
PY
