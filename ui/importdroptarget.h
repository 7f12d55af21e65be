#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QMimeData;
class QTemporaryDir;

/**
 * Lets files be dropped onto a window to import them: .csv, .vcf and .vcard files from a file
 * manager, or vCards dragged out of a mail program or address book (text/vcard, text/x-vcard,
 * text/directory data), which are first saved to a file of their own. Anything else is refused
 * while it is dragged, so the pointer shows that it cannot be dropped.
 */
class ImportDropTarget : public QObject
{
    Q_OBJECT

public:
    /** Accepts drops anywhere on @p window, which also owns the target. */
    explicit ImportDropTarget(QWidget *window);
    ~ImportDropTarget() override;

    /** Whether @p data holds anything to import. */
    static bool canImport(const QMimeData *data);
    /** Asks, as a drop of @p data does, to import the files it holds; false when it holds none. */
    bool importDropped(const QMimeData *data);

Q_SIGNALS:
    /**
     * Emitted once for each file dropped, in order, after the drop has finished (so that a dialog
     * opened for it does not hold up the program the file was dragged from); a slot that runs a
     * modal dialog holds back the next file until it closes.
     */
    void importRequested(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** The files to import in @p data; dropped vCard data is written to a file first. */
    QStringList filesOf(const QMimeData *data);

    QWidget *m_window;
    std::unique_ptr<QTemporaryDir> m_droppedCards; ///< where dropped vCard data is kept while it is imported
    int m_dropped = 0;
};
