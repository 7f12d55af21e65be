#!/usr/bin/env python3
"""Reads the vCard file of `rapport --export FILE.vcf` with Python's vobject, a parser that is not
Rapport's, checks every card against Rapport's own CSV export of the same clients, and imports the
file back into an empty database: the same clients come back.

Usage: check_vcard.py RAPPORT_EXECUTABLE
Run by ctest. Prints 'N passed, 0 failed' and exits 0 when every check holds.
"""

import csv
import os
import subprocess
import sys
import tempfile

import vobject

RAPPORT = sys.argv[1]
FIELDS = ['name', 'company', 'email', 'phone', 'tags', 'notes']
# What the comparisons read besides: every email and phone, one "label:value" line each, the preferred first.
COMPARED = FIELDS + ['all_emails', 'all_phones']
# vCard 4.0's TYPE for each label (a mobile address and "other" have none of their own).
EMAIL_TYPES = {'work': 'work', 'home': 'home', 'mobile': 'x-mobile', 'other': 'x-other'}
PHONE_TYPES = {'work': 'work', 'home': 'home', 'mobile': 'cell', 'other': 'x-other'}
# Hostile clients: separators, backslashes, line breaks, letters from everywhere, a formula, a
# note that looks like vCard lines, a company without a person, long text folded across letters.
HOSTILE = [
    ['Ærø, Jörg; "der Ältere" \\ 東京 — Zoë\nzweite Zeile', 'Müller & Söhne, GmbH; Köln', 'jörg+crm@müller.example',
     '+49 (30) 1234; ext. 5', 'a;b, c\\d', 'note, one;\r\ntwo \\n three\\', '2', '2'],
    ['', 'Brick Co, Ltd', 'info@brick.example', '', '', '', '5', '5'],
    ['=HYPERLINK("http://x.example")', '', '', '', '', 'END:VCARD\nBEGIN:VCARD\nFN:Mallory', '8', '8'],
    ['Zoë 🌻 مريم', 'Ελένη Café', '', '07700 900001', '🌻, Früchte', 'ä' * 120 + ' 東京' * 60 + '🌻' * 40, '9', '9'],
]

checks = 0


def check(condition, message):
    global checks
    if not condition:
        print('FAIL: ' + message)
        print('%d passed, 1 failed' % checks)
        sys.exit(1)
    checks += 1


def rapport(*arguments):
    result = subprocess.run([RAPPORT, *arguments], capture_output=True, text=True, timeout=120)
    check(result.returncode == 0, 'rapport %s exited %d: %s' % (' '.join(arguments), result.returncode, result.stderr))
    return result.stdout


def undefused(cell):
    """A CSV cell as stored: Rapport's CSV export puts an apostrophe before what looks like a formula."""
    stripped = cell.lstrip("'")
    if cell.startswith("'") and stripped[:1] in ('=', '+', '-', '@', '\t', '\r'):
        return cell[1:]
    return cell


def clients_of(database, folder, name):
    path = os.path.join(folder, name)
    rapport('--database', database, '--export', path)
    with open(path, newline='', encoding='utf-8') as file:
        rows = list(csv.DictReader(file))
    return [{field: undefused(row[field]) for field in COMPARED} for row in rows]


def stored_first(column):
    """The preferred value of an all_emails or all_phones cell."""
    first = column.split('\n')[0]
    return first.split(':', 1)[1] if first else ''


def value(card, name):
    items = card.contents.get(name, [])
    check(len(items) <= 1, 'more than one %s in a card' % name)
    return items[0].value if items else None


def main():
    folder = tempfile.mkdtemp(prefix='rapport-vcard-')
    database = os.path.join(folder, 'clients.rapport')
    rapport('--database', database, '--generate-sample', '40', '--seed', '3')
    hostile_csv = os.path.join(folder, 'hostile.csv')
    with open(hostile_csv, 'w', newline='', encoding='utf-8') as file:
        writer = csv.writer(file)
        writer.writerow(FIELDS + ['satisfaction', 'repurchase'])
        writer.writerows(HOSTILE)
    rapport('--database', database, '--import', hostile_csv)
    expected = clients_of(database, folder, 'original.csv')
    check(len(expected) == 44, 'expected 44 clients, got %d' % len(expected))

    vcf = os.path.join(folder, 'clients.vcf')
    out = rapport('--database', database, '--export', vcf)
    check(out.strip() == 'Exported 44 clients to %s.' % vcf, 'unexpected output: ' + out)
    with open(vcf, 'rb') as file:
        data = file.read()

    # vCard as RFC 6350 writes it: UTF-8, CRLF line ends, no line over 75 bytes.
    text = data.decode('utf-8')
    check('\ufffd' not in text, 'a replacement character in the file')
    check(data.count(b'\r\n') == data.count(b'\n') == data.count(b'\r'), 'a line end that is not CRLF')
    for line in data.split(b'\r\n'):
        check(len(line) <= 75, 'a line of %d bytes: %r' % (len(line), line[:80]))

    # One card per client, in the same order, each with what the CSV export says.
    cards = list(vobject.readComponents(text))
    check(len(cards) == len(expected), '%d cards for %d clients' % (len(cards), len(expected)))
    uids = set()
    for card, client in zip(cards, expected):
        check(card.name == 'VCARD', 'not a VCARD: ' + card.name)
        check(value(card, 'version') == '4.0', 'VERSION is %s' % value(card, 'version'))
        check(value(card, 'prodid').startswith('-//Rapport//'), 'PRODID is %s' % value(card, 'prodid'))
        uid = value(card, 'uid')
        check(uid.startswith('urn:uuid:') and uid not in uids, 'UID %s missing or repeated' % uid)
        uids.add(uid)
        check(value(card, 'rev') is not None, 'no REV')
        person = client['name'] != ''
        check(value(card, 'kind') == ('individual' if person else 'org'), 'KIND %s for %r' % (value(card, 'kind'), client))
        check(value(card, 'x-abshowas') == (None if person else 'COMPANY'), 'X-ABShowAs for %r' % client)
        check(value(card, 'fn') == (client['name'] if person else client['company']),
              'FN %r for %r' % (value(card, 'fn'), client))
        org = value(card, 'org')
        check((org or [''])[0] == client['company'], 'ORG %r for %r' % (org, client['company']))
        # Every email and phone, in order, with its TYPE; the first (the preferred) with PREF=1.
        # vobject knows TEL only as vCard 3.0's phone number and leaves the escaping RFC 6350 asks of
        # a text value (VALUE=text) in place.
        for name, column, types in (('email', 'all_emails', EMAIL_TYPES), ('tel', 'all_phones', PHONE_TYPES)):
            lines = card.contents.get(name, [])
            written = [(line.value.replace('\\;', ';').replace('\\,', ','), [t.lower() for t in line.params.get('TYPE', [])],
                        line.params.get('PREF', [])) for line in lines]
            stored = [entry.split(':', 1) for entry in client[column].split('\n') if entry]
            wanted = [(value_, [types[label]], ['1'] if i == 0 else []) for i, (label, value_) in enumerate(stored)]
            check(written == wanted, '%s %r for %r' % (name.upper(), written, client[column]))
        check(client['email'] == (stored_first(client['all_emails'])), 'email column is not the preferred email')
        tags = [tag for tag in client['tags'].split(', ') if tag]
        check((value(card, 'categories') or []) == tags, 'CATEGORIES %r for %r' % (value(card, 'categories'), tags))
        check((value(card, 'note') or '') == client['notes'].replace('\r\n', '\n'),
              'NOTE %r for %r' % (value(card, 'note'), client['notes']))

    # A second export gives every client the same UID: an address book updates its cards.
    again = os.path.join(folder, 'again.vcf')
    rapport('--database', database, '--export', again)
    with open(again, encoding='utf-8') as file:
        check([card.uid.value for card in vobject.readComponents(file.read())] == [card.uid.value for card in cards],
              'the UIDs changed between two exports')

    # Imported back into an empty database, the file gives the same clients.
    copy = os.path.join(folder, 'copy.rapport')
    out = rapport('--database', copy, '--import', vcf)
    check(out.startswith('Imported 44 new clients'), 'unexpected output: ' + out)
    back = clients_of(copy, folder, 'copy.csv')
    check(len(back) == len(expected), '%d clients back for %d' % (len(back), len(expected)))
    for got, want in zip(back, expected):
        check(got == want, 'came back as %r, was %r' % (got, want))

    print('%d passed, 0 failed' % checks)


main()
