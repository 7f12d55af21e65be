#pragma once

#include <QDialog>
#include <QVector>

#include <functional>

class LapseRulesEditor;
class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QUndoCommand;
class QUndoStack;
class RulesEditor;

namespace Rapport {
class ClientStore;
}

/**
 * Every setting of Rapport in one window: a list of pages on the left, the chosen page on the
 * right. Nothing is written until OK or Apply; changes to the rules then go through the undo
 * stack, one step per press.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /** The pages, in the order of the list. */
    enum class Page { Business, Appearance, Boundaries, ContactIntervals, Calendar, Reminders };
    Q_ENUM(Page)

    SettingsDialog(Rapport::ClientStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    Page currentPage() const;
    void setCurrentPage(Page page);

    /**
     * Writes what differs from the stored settings. When a page holds something that cannot be
     * used, writes nothing, shows that page and returns false.
     */
    bool apply();
    /** Applies, and closes unless a page holds something that cannot be used. */
    void accept() override;

private:
    /** What the dialog needs to know of a page besides its widgets. */
    struct PageHooks
    {
        /** Why the page cannot be applied, in the owner's words; empty when it can. Optional. */
        std::function<QString()> problem;
        /** Whether the page differs from what is stored. */
        std::function<bool()> isModified;
        /** Writes the page: returns the undo command to push, or nullptr when it wrote directly. */
        std::function<QUndoCommand *()> apply;
    };

    void addPage(Page page, const QIcon &icon, const QString &title, QWidget *content, const PageHooks &hooks);
    QWidget *makeBusinessPage();
    /** The display name set for the store's role; empty when none is set. */
    QString storedAuthorName() const;
    QWidget *makeAppearancePage();
    QWidget *makeCalendarPage();
    /** Why the calendar page cannot be applied; empty when it can. */
    QString calendarProblem() const;
    /** The calendar file typed in, with '/' separators. */
    QString calendarPath() const;
    QWidget *makeRemindersPage();
    /** Whether the settings ask for reminders at login (never without reminders). */
    bool remindsAtLogin() const;
    void updateButtons();

    Rapport::ClientStore *m_store;
    QUndoStack *m_undoStack;
    QListWidget *m_list;
    QStackedWidget *m_pages;
    QDialogButtonBox *m_buttons;
    QVector<PageHooks> m_hooks;
    QVector<QIcon> m_icons;
    QLineEdit *m_businessName = nullptr;
    QLineEdit *m_authorName = nullptr;
    QButtonGroup *m_appearance = nullptr;
    RulesEditor *m_rules = nullptr;
    LapseRulesEditor *m_lapseRules = nullptr;
    QCheckBox *m_keepCalendar = nullptr;
    QLineEdit *m_calendarPath = nullptr;
    QLabel *m_calendarProblem = nullptr;
    QCheckBox *m_showReminders = nullptr;
    QCheckBox *m_remindAtLogin = nullptr;
};
