#include "handbookdialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

HandbookDialog::HandbookDialog(QWidget *parent)
    : QDialog(parent)
    , m_home(handbookUrl(QLocale()))
    , m_browser(new QTextBrowser(this))
    , m_search(new QLineEdit(this))
    , m_notFound(new QLabel(tr("Not found"), this))
{
    setWindowTitle(tr("Rapport Handbook"));
    setModal(false);

    auto *back = new QPushButton(tr("&Back"), this);
    auto *forward = new QPushButton(tr("&Forward"), this);
    auto *home = new QPushButton(tr("&Contents"), this);
    back->setToolTip(tr("Back to the previous place in the handbook"));
    forward->setToolTip(tr("Forward again"));
    home->setToolTip(tr("The start of the handbook, with its list of contents"));
    back->setEnabled(false);
    forward->setEnabled(false);
    for (QPushButton *button : {back, forward, home})
        button->setAutoDefault(false);
    m_search->setPlaceholderText(tr("Find in the handbook"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Type a word; Enter finds the next place it appears"));
    m_notFound->setVisible(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addWidget(forward);
    bar->addWidget(home);
    bar->addSpacing(12);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_notFound);

    // Links are followed here: within the handbook they move the page, anything else goes to the desktop.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setSource(m_home);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter in the search field finds the next place; it must not press Close.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);

    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(forward, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(home, &QPushButton::clicked, this, [this] { showSection(QString()); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HandbookDialog::openLink);
    connect(m_search, &QLineEdit::textEdited, this, [this] { find(true); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    resize(760, 640);
}

QUrl HandbookDialog::handbookUrl(const QLocale &locale)
{
    const QString language = locale.name().section(QLatin1Char('_'), 0, 0);
    if (!language.isEmpty() && QFile::exists(QStringLiteral(":/handbook/%1.html").arg(language)))
        return QUrl(QStringLiteral("qrc:/handbook/%1.html").arg(language));
    return QUrl(QStringLiteral("qrc:/handbook/en.html"));
}

void HandbookDialog::showSection(const QString &section)
{
    QUrl url = m_home;
    if (!section.isEmpty())
        url.setFragment(section);
    m_browser->setSource(url);
    if (section.isEmpty())
        m_browser->verticalScrollBar()->setValue(0);
}

void HandbookDialog::openLink(const QUrl &url)
{
    const QUrl target = m_browser->source().resolved(url);
    if (target.scheme() == QLatin1String("qrc"))
        m_browser->setSource(target);
    else
        QDesktopServices::openUrl(target);
}

void HandbookDialog::find(bool fromStart)
{
    const QString text = m_search->text();
    if (fromStart) {
        QTextCursor cursor = m_browser->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_browser->setTextCursor(cursor);
    }
    bool found = text.isEmpty() || m_browser->find(text);
    if (!found) {
        // Not after the cursor: start again from the top.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text);
    }
    m_notFound->setVisible(!found);
}
