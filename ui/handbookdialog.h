#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QLocale;
class QTextBrowser;

/**
 * The Rapport Handbook: the user guide shipped in the program's resources (resources/handbook/),
 * shown in the UI language, without a network. Non-modal; links within the handbook move in
 * it, links to the web or to an email address go to the desktop's browser or mail program.
 */
class HandbookDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HandbookDialog(QWidget *parent = nullptr);

    /** The handbook's page for @p locale's language (qrc:/handbook/de.html), English when there is none. */
    static QUrl handbookUrl(const QLocale &locale);

    QTextBrowser *browser() const { return m_browser; }
    QLineEdit *searchEdit() const { return m_search; }

    /** Shows the section with the anchor @p section ("reminders"); the start of the page when empty. */
    void showSection(const QString &section);

private:
    void openLink(const QUrl &url);
    void find(bool fromStart);

    QUrl m_home;
    QTextBrowser *m_browser;
    QLineEdit *m_search;
    QLabel *m_notFound;
};
