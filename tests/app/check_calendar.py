#!/usr/bin/env python3
"""Reads the calendar file of `rapport --calendar` with Python's icalendar, a parser that is
not Rapport's (nor libical), and checks what a calendar program would show.

Usage: check_calendar.py RAPPORT_EXECUTABLE
Run by ctest with TZ=UTC. Prints 'N passed, 0 failed' and exits 0 when every check holds.
"""

import csv
import datetime
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

import icalendar

RAPPORT = sys.argv[1]
# Far enough after the sample's dates that every client is overdue, so due on that day.
AS_OF = datetime.date(2030, 6, 3)
HOSTILE_NAME = 'Ærø, Jörg; "der Ältere" \\ 東京 — Zoë\nzweite Zeile'
HOSTILE_COMPANY = 'Müller & Söhne, GmbH; Köln'
GROUPS = ['Terrorist', 'Defector', 'Hostage', 'Mercenary', 'Loyalist', 'Apostle']

checks = 0


def check(condition, message):
    global checks
    if not condition:
        print('FAIL: ' + message)
        print('0 passed, 1 failed')
        sys.exit(1)
    checks += 1


def rapport(*arguments):
    result = subprocess.run([RAPPORT, *arguments], capture_output=True, text=True, timeout=120)
    check(result.returncode == 0, 'rapport %s exited %d: %s' % (' '.join(arguments), result.returncode, result.stderr))
    return result.stdout


def export(database, path, day):
    out = rapport('--database', database, '--calendar', path, '--as-of', day.isoformat())
    check(out.strip().endswith('to %s.' % path), 'unexpected output: ' + out)
    with open(path, 'rb') as file:
        return icalendar.Calendar.from_ical(file.read())


def group(todo):
    categories = str(todo.get('CATEGORIES').to_ical().decode())
    for extreme in ('Terrorist', 'Apostle'):
        if '(%s)' % extreme in categories:
            return GROUPS.index(extreme)
    return GROUPS.index(categories)


def main():
    folder = tempfile.mkdtemp(prefix='rapport-calendar-')
    database = os.path.join(folder, 'clients.rapport')
    rapport('--database', database, '--generate-sample', '40', '--seed', '3')
    hostile_csv = os.path.join(folder, 'hostile.csv')
    with open(hostile_csv, 'w', newline='', encoding='utf-8') as file:
        writer = csv.writer(file)
        writer.writerow(['name', 'company', 'satisfaction', 'repurchase'])
        writer.writerow([HOSTILE_NAME, HOSTILE_COMPANY, '2', '2'])
    rapport('--database', database, '--import', hostile_csv)

    connection = sqlite3.connect(database)
    clients = connection.execute('SELECT id, name, company FROM clients WHERE archived = 0').fetchall()
    connection.close()
    check(len(clients) >= 30, 'expected the sample clients and the hostile one, got %d' % len(clients))

    first = export(database, os.path.join(folder, 'first.ics'), AS_OF)
    second = export(database, os.path.join(folder, 'second.ics'), AS_OF + datetime.timedelta(days=1))

    # A calendar of version 2.0 from Rapport.
    check(first.name == 'VCALENDAR', 'not a VCALENDAR: ' + first.name)
    check(str(first.get('VERSION')) == '2.0', 'VERSION is %s' % first.get('VERSION'))
    check(str(first.get('PRODID')).startswith('-//Rapport//'), 'PRODID is %s' % first.get('PRODID'))

    # One to-do per client due: every client is due that day.
    todos = first.walk('VTODO')
    check(len(todos) == len(clients), '%d to-dos for %d clients due' % (len(todos), len(clients)))
    check(not first.walk('VEVENT'), 'events in a file of to-dos')
    uids = [str(todo.get('UID')) for todo in todos]
    check(len(set(uids)) == len(uids), 'UIDs repeat')
    for client_id, _, _ in clients:
        check(any(uid.startswith('client-%d-' % client_id) for uid in uids), 'no to-do for client %d' % client_id)

    # In the plan's order: numbered 1 to N in the file, priorities from 1 up to 9 never going back,
    # and the groups of the plan (Terrorists first, Apostles last) never going back.
    for index, todo in enumerate(todos):
        description = str(todo.get('DESCRIPTION'))
        match = re.search(r"Number (\d+) of (\d+) on Rapport's follow-up list\.$", description)
        check(match is not None, 'no number in: ' + description)
        check((int(match.group(1)), int(match.group(2))) == (index + 1, len(todos)), 'out of order: ' + description)
    priorities = [int(todo.get('PRIORITY')) for todo in todos]
    check(priorities[0] == 1 and priorities[-1] == 9, 'priorities run %d to %d' % (priorities[0], priorities[-1]))
    check(priorities == sorted(priorities), 'priorities out of order: %s' % priorities)
    groups = [group(todo) for todo in todos]
    check(groups == sorted(groups), 'groups out of order: %s' % groups)

    # Due that day, not done yet, stamped, with one reminder shown at 9:00 (TZ is UTC).
    reminder = datetime.datetime(AS_OF.year, AS_OF.month, AS_OF.day, 9, 0, tzinfo=datetime.timezone.utc)
    for todo in todos:
        check(todo.decoded('DUE') == AS_OF, 'due %s' % todo.decoded('DUE'))
        check(str(todo.get('STATUS')) == 'NEEDS-ACTION', 'status %s' % todo.get('STATUS'))
        check(isinstance(todo.decoded('DTSTAMP'), datetime.datetime), 'no DTSTAMP')
        check(str(todo.get('SUMMARY')).startswith(('Call ', 'Contact ')), 'summary ' + str(todo.get('SUMMARY')))
        alarms = todo.walk('VALARM')
        check(len(alarms) == 1, '%d alarms' % len(alarms))
        check(str(alarms[0].get('ACTION')) == 'DISPLAY', 'alarm action %s' % alarms[0].get('ACTION'))
        check(alarms[0].decoded('TRIGGER') == reminder, 'alarm at %s' % alarms[0].decoded('TRIGGER'))
        check(str(alarms[0].get('DESCRIPTION')) == str(todo.get('SUMMARY')), 'alarm text differs from the summary')

    # The same UIDs in the same order a day later: a calendar updates its to-dos, it does not add them again.
    later = second.walk('VTODO')
    check([str(todo.get('UID')) for todo in later] == uids, 'UIDs changed between two exports')
    check(all(todo.decoded('DUE') == AS_OF + datetime.timedelta(days=1) for todo in later), 'the second export is not due a day later')

    # The hostile name and company come back exactly as stored.
    stored = [client for client in clients if 'Jörg' in client[1]]
    check(len(stored) == 1, 'the hostile client was not imported')
    client_id, name, company = stored[0]
    check(all(c in name for c in ',;\n東'), 'the import changed the hostile name: %r' % name)
    hostile = [todo for todo in todos if str(todo.get('UID')).startswith('client-%d-' % client_id)]
    check(len(hostile) == 1, 'no to-do for the hostile client')
    summary = str(hostile[0].get('SUMMARY'))
    check(summary == 'Call %s (%s)' % (name, company), 'summary %r' % summary)

    print('%d passed, 0 failed' % checks)


main()
