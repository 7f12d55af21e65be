#include "settingsdialog.h"

#include "appearance.h"
#include "clientcommands.h"
#include "clientstore.h"
#include "followupcalendar.h"
#include "followupreport.h"
#include "lapseruleseditor.h"
#include "remindernotifier.h"
#include "ruleseditor.h"
#include "segmentstyle.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Rapport;

namespace {

const QStringList AppearanceKeys = {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};

/** The matrix in small, in the colours of @p palette: the two boundaries and each segment's shape in its quadrant. */
QIcon matrixIcon(const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Base);
    QColor lines = palette.color(QPalette::Text);
    lines.setAlpha(150);
    const bool isDark = background.lightness() < 128;
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF frame(0.5, 0.5, size - 1.0, size - 1.0);
        painter.setPen(lines);
        painter.setBrush(background);
        painter.drawRect(frame);
        painter.drawLine(QPointF(frame.center().x(), frame.top()), QPointF(frame.center().x(), frame.bottom()));
        painter.drawLine(QPointF(frame.left(), frame.center().y()), QPointF(frame.right(), frame.center().y()));
        const qreal half = frame.width() / 2;
        const qreal inset = half * 0.22;
        const struct
        {
            Segment segment;
            QPointF topLeft;
        } quadrants[] = {{Segment::Hostage, frame.topLeft()},
                         {Segment::Loyalist, {frame.center().x(), frame.top()}},
                         {Segment::Defector, {frame.left(), frame.center().y()}},
                         {Segment::Mercenary, frame.center()}};
        for (const auto &quadrant : quadrants)
            SegmentStyle::paintShape(&painter, quadrant.segment,
                                     QRectF(quadrant.topLeft, QSizeF(half, half)).adjusted(inset, inset, -inset, -inset), isDark);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

/** A circle half light, half dark: for the appearance, when the desktop's theme has no icon. */
QIcon appearanceIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF circle(1.5, 1.5, size - 3.0, size - 3.0);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(245, 245, 245));
        painter.drawPie(circle, 90 * 16, 180 * 16);
        painter.setBrush(QColor(45, 45, 48));
        painter.drawPie(circle, 270 * 16, 180 * 16);
        painter.setPen(QPen(QColor(120, 120, 120), 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(circle);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

SettingsDialog::SettingsDialog(ClientStore *store, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_list(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setWindowTitle(tr("Settings"));
    m_list->setIconSize(QSize(24, 24));
    m_list->setSpacing(2);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_list, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    addPage(Page::Business, QIcon::fromTheme(QStringLiteral("go-home"), style()->standardIcon(QStyle::SP_DirHomeIcon)),
            tr("Business"), makeBusinessPage(),
            {{},
             [this] {
                 return m_businessName->text().trimmed() != m_store->setting(FollowUpReport::businessNameKey())
                     || m_authorName->text().trimmed() != storedAuthorName();
             },
             [this]() -> QUndoCommand * {
                 m_store->setSetting(FollowUpReport::businessNameKey(), m_businessName->text().trimmed());
                 if (m_authorName->text().trimmed() != storedAuthorName() && !m_store->setAuthorName(m_authorName->text()))
                     QMessageBox::warning(this, tr("Your Name"), m_store->errorString());
                 return nullptr;
             }});
    addPage(Page::Appearance, QIcon::fromTheme(QStringLiteral("preferences-desktop-theme"), appearanceIcon()), tr("Appearance"),
            makeAppearancePage(),
            {{},
             [this] { return AppearanceKeys.value(m_appearance->checkedId()) != savedAppearance(); },
             [this]() -> QUndoCommand * {
                 setAppearance(AppearanceKeys.value(m_appearance->checkedId()));
                 return nullptr;
             }});

    m_rules = new RulesEditor(this);
    m_rules->setRules(m_store->rules());
    connect(m_rules, &RulesEditor::rulesChanged, this, &SettingsDialog::updateButtons);
    addPage(Page::Boundaries, matrixIcon(palette()), tr("Segment Boundaries"), m_rules,
            {[this] { return m_rules->problem(); }, [this] { return m_rules->rules() != m_store->rules(); },
             [this]() -> QUndoCommand * { return new ChangeRulesCommand(m_store, m_rules->rules()); }});

    m_lapseRules = new LapseRulesEditor(this);
    m_lapseRules->setRules(m_store->lapseRules());
    connect(m_lapseRules, &LapseRulesEditor::rulesChanged, this, &SettingsDialog::updateButtons);
    addPage(Page::ContactIntervals,
            QIcon::fromTheme(QStringLiteral("x-office-calendar"), style()->standardIcon(QStyle::SP_FileDialogDetailedView)),
            tr("Contact Intervals"), m_lapseRules,
            {[this] { return m_lapseRules->problem(); }, [this] { return m_lapseRules->rules() != m_store->lapseRules(); },
             [this]() -> QUndoCommand * { return new ChangeLapseRulesCommand(m_store, m_lapseRules->rules()); }});

    addPage(Page::Calendar, QIcon::fromTheme(QStringLiteral("appointment-new"), style()->standardIcon(QStyle::SP_FileIcon)),
            tr("Calendar"), makeCalendarPage(),
            {[this] { return calendarProblem(); },
             [this] {
                 const bool stored = m_store->setting(FollowUpCalendar::keepUpdatedKey()) == QLatin1String("1");
                 return m_keepCalendar->isChecked() != stored || calendarPath() != m_store->setting(FollowUpCalendar::pathKey());
             },
             [this]() -> QUndoCommand * {
                 m_store->setSetting(FollowUpCalendar::pathKey(), calendarPath());
                 m_store->setSetting(FollowUpCalendar::keepUpdatedKey(),
                                     m_keepCalendar->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
                 return nullptr;
             }});
    addPage(Page::Reminders,
            QIcon::fromTheme(QStringLiteral("preferences-system-notifications"), style()->standardIcon(QStyle::SP_MessageBoxInformation)),
            tr("Reminders"), makeRemindersPage(),
            {{},
             [this] {
                 return m_showReminders->isChecked() != ReminderNotifier::isEnabled()
                     || remindsAtLogin() != ReminderNotifier::remindsAtLogin();
             },
             [this]() -> QUndoCommand * {
                 ReminderNotifier::setEnabled(m_showReminders->isChecked());
                 QString error;
                 if (!ReminderNotifier::setRemindsAtLogin(remindsAtLogin(), m_store->path(), &error))
                     QMessageBox::warning(this, tr("Reminders"), error);
                 return nullptr;
             }});

    // The list is as wide as its longest title, in whatever language.
    m_list->setFixedWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 2 * m_list->spacing() + 16);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);

    setCurrentPage(Page::Business);
    updateButtons();
    // Room for a two-line message under the tallest page, and for longer translations.
    resize(sizeHint().expandedTo(QSize(720, 460)) + QSize(0, 2 * fontMetrics().lineSpacing()));
}

void SettingsDialog::addPage(Page page, const QIcon &icon, const QString &title, QWidget *content, const PageHooks &hooks)
{
    Q_ASSERT(int(page) == m_pages->count());
    new QListWidgetItem(icon, title, m_list);

    auto *wrapper = new QWidget(m_pages);
    auto *heading = new QLabel(title, wrapper);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    heading->setFont(font);
    auto *layout = new QVBoxLayout(wrapper);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(heading);
    layout->addSpacing(4);
    layout->addWidget(content, 1);
    m_pages->addWidget(wrapper);
    m_hooks.append(hooks);
    m_icons.append(icon);
}

QWidget *SettingsDialog::makeBusinessPage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("The name of your business is printed at the top of the follow-up report."), page);
    intro->setWordWrap(true);
    m_businessName = new QLineEdit(m_store->setting(FollowUpReport::businessNameKey()), page);
    m_businessName->setClearButtonEnabled(true);
    connect(m_businessName, &QLineEdit::textChanged, this, &SettingsDialog::updateButtons);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Business name:"), m_businessName);
    m_authorName = new QLineEdit(storedAuthorName(), page);
    m_authorName->setPlaceholderText(m_store->role());
    m_authorName->setClearButtonEnabled(true);
    connect(m_authorName, &QLineEdit::textChanged, this, &SettingsDialog::updateButtons);
    form->addRow(tr("&Your name:"), m_authorName);
    const QString shown = tr("Shown to others with each change you make: a client you moved, an interaction you logged.");
    auto *authorHint = new QLabel(m_store->role().isEmpty()
                                      ? shown
                                      : shown + QLatin1Char(' ') + tr("Left empty, they see %1.").arg(m_store->role()),
                                  page);
    authorHint->setWordWrap(true);
    form->addRow(QString(), authorHint);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QString SettingsDialog::storedAuthorName() const
{
    // The store tells the name it records, which is the role itself when no name was set.
    return m_store->author() == m_store->role() ? QString() : m_store->author();
}

QWidget *SettingsDialog::makeAppearancePage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("Follow the system to look like the rest of your desktop, dark when its theme is dark. "
                                "The segment colours stay readable in both light and dark."),
                             page);
    intro->setWordWrap(true);
    m_appearance = new QButtonGroup(page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    const QStringList labels = {tr("Follow the &system"), tr("&Light"), tr("&Dark")};
    for (int i = 0; i < labels.size(); ++i) {
        auto *button = new QRadioButton(labels.at(i), page);
        m_appearance->addButton(button, i);
        layout->addWidget(button);
    }
    m_appearance->button(std::max(0, int(AppearanceKeys.indexOf(savedAppearance()))))->setChecked(true);
    connect(m_appearance, &QButtonGroup::idToggled, this, &SettingsDialog::updateButtons);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::makeCalendarPage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("Rapport can keep a calendar file of your follow-ups up to date: one to-do per client to "
                                "contact, in the order of the report, with a reminder on the day. Subscribe to the file in "
                                "Thunderbird, Evolution or GNOME Calendar. The setting is kept in this database."),
                             page);
    intro->setWordWrap(true);
    m_keepCalendar = new QCheckBox(tr("&Keep a calendar file up to date:"), page);
    m_keepCalendar->setChecked(m_store->setting(FollowUpCalendar::keepUpdatedKey()) == QLatin1String("1"));
    m_calendarPath = new QLineEdit(QDir::toNativeSeparators(m_store->setting(FollowUpCalendar::pathKey())), page);
    m_calendarPath->setPlaceholderText(QDir::toNativeSeparators(QDir::homePath() + QLatin1Char('/') + tr("follow-ups.ics")));
    m_calendarPath->setClearButtonEnabled(true);
    m_calendarPath->setAccessibleName(tr("Calendar file"));
    auto *browse = new QPushButton(tr("B&rowse…"), page);
    m_calendarProblem = new QLabel(page);
    m_calendarProblem->setWordWrap(true);
    const auto update = [this, browse] {
        m_calendarPath->setEnabled(m_keepCalendar->isChecked());
        browse->setEnabled(m_keepCalendar->isChecked());
        m_calendarProblem->setText(calendarProblem());
        updateButtons();
    };
    connect(m_keepCalendar, &QCheckBox::toggled, this, update);
    connect(m_calendarPath, &QLineEdit::textChanged, this, update);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString current = m_calendarPath->text().trimmed();
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Calendar File"), current.isEmpty() ? m_calendarPath->placeholderText() : current, tr("iCalendar files (*.ics)"));
        if (!path.isEmpty())
            m_calendarPath->setText(QDir::toNativeSeparators(path));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_calendarPath, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_keepCalendar);
    layout->addLayout(row);
    layout->addWidget(m_calendarProblem);
    layout->addStretch();
    m_calendarPath->setEnabled(m_keepCalendar->isChecked());
    browse->setEnabled(m_keepCalendar->isChecked());
    return page;
}

QString SettingsDialog::calendarProblem() const
{
    if (!m_keepCalendar->isChecked())
        return {};
    if (calendarPath().isEmpty())
        return tr("Choose the file to keep up to date.");
    // A relative path would depend on where Rapport was started from.
    if (!QDir::isAbsolutePath(calendarPath()))
        return tr("Give the whole path of the file, for example %1.").arg(m_calendarPath->placeholderText());
    return {};
}

QString SettingsDialog::calendarPath() const
{
    return QDir::fromNativeSeparators(m_calendarPath->text().trimmed());
}

QWidget *SettingsDialog::makeRemindersPage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("When clients are due for contact, move for the worse, or a Hostage is soon free to leave, "
                                "a desktop notification names them, once a day each unless something new happens. "
                                "At login, Rapport can tell you even when you do not open it."),
                             page);
    intro->setWordWrap(true);
    m_showReminders = new QCheckBox(tr("&Show reminders for due clients"), page);
    m_showReminders->setChecked(ReminderNotifier::isEnabled());
    m_remindAtLogin = new QCheckBox(tr("&Remind me at login"), page);
    m_remindAtLogin->setChecked(ReminderNotifier::remindsAtLogin());
    m_remindAtLogin->setEnabled(m_showReminders->isChecked());
    connect(m_showReminders, &QCheckBox::toggled, m_remindAtLogin, &QWidget::setEnabled);
    connect(m_showReminders, &QCheckBox::toggled, this, &SettingsDialog::updateButtons);
    connect(m_remindAtLogin, &QCheckBox::toggled, this, &SettingsDialog::updateButtons);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_showReminders);
    // Indented under the box it depends on.
    auto *atLogin = new QHBoxLayout;
    atLogin->addSpacing(style()->pixelMetric(QStyle::PM_IndicatorWidth) + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing));
    atLogin->addWidget(m_remindAtLogin);
    layout->addLayout(atLogin);
    layout->addStretch();
    return page;
}

bool SettingsDialog::remindsAtLogin() const
{
    return m_showReminders->isChecked() && m_remindAtLogin->isChecked();
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void SettingsDialog::setCurrentPage(Page page)
{
    m_list->setCurrentRow(int(page));
}

bool SettingsDialog::apply()
{
    for (int i = 0; i < m_hooks.size(); ++i) {
        if (m_hooks.at(i).problem && !m_hooks.at(i).problem().isEmpty()) {
            setCurrentPage(Page(i));
            return false;
        }
    }
    QVector<QUndoCommand *> commands;
    for (const PageHooks &hooks : std::as_const(m_hooks)) {
        if (!hooks.isModified())
            continue;
        if (QUndoCommand *command = hooks.apply())
            commands.append(command);
    }
    // One press, one step on the stack, whatever it changed.
    if (commands.size() > 1)
        m_undoStack->beginMacro(tr("Change Settings"));
    for (QUndoCommand *command : std::as_const(commands))
        m_undoStack->push(command);
    if (commands.size() > 1)
        m_undoStack->endMacro();
    updateButtons();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::updateButtons()
{
    bool usable = true;
    bool modified = false;
    for (int i = 0; i < m_hooks.size(); ++i) {
        const QString problem = m_hooks.at(i).problem ? m_hooks.at(i).problem() : QString();
        // A page that cannot be used is marked in the list, so that it is found from any other page.
        QListWidgetItem *item = m_list->item(i);
        item->setIcon(problem.isEmpty() ? m_icons.at(i) : style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setToolTip(problem);
        usable = usable && problem.isEmpty();
        modified = modified || m_hooks.at(i).isModified();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(usable);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(usable && modified);
}
