#include "importdroptarget.h"

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QWidget>

namespace {

// Mail programs and address books call a vCard by any of these names.
const QStringList &vCardTypes()
{
    static const QStringList types = {QStringLiteral("text/vcard"), QStringLiteral("text/x-vcard"),
                                      QStringLiteral("text/directory")};
    return types;
}

bool isImportableFile(const QUrl &url)
{
    if (!url.isLocalFile())
        return false;
    const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard");
}

QString vCardTypeOf(const QMimeData *data)
{
    for (const QString &type : vCardTypes()) {
        if (data->hasFormat(type))
            return type;
    }
    return {};
}

} // namespace

ImportDropTarget::ImportDropTarget(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    window->setAcceptDrops(true);
    // Watched for the whole application: the chart (a graphics view) and the search field take
    // drops of their own, and a file dropped on them is to be imported all the same.
    QCoreApplication::instance()->installEventFilter(this);
}

ImportDropTarget::~ImportDropTarget() = default;

bool ImportDropTarget::canImport(const QMimeData *data)
{
    if (!data)
        return false;
    const QList<QUrl> urls = data->urls();
    return std::any_of(urls.cbegin(), urls.cend(), isImportableFile) || !vCardTypeOf(data).isEmpty();
}

QStringList ImportDropTarget::filesOf(const QMimeData *data)
{
    QStringList files;
    for (const QUrl &url : data->urls()) {
        if (isImportableFile(url))
            files.append(url.toLocalFile());
    }
    const QString type = vCardTypeOf(data);
    if (!files.isEmpty() || type.isEmpty())
        return files;
    if (!m_droppedCards)
        m_droppedCards = std::make_unique<QTemporaryDir>();
    const QString path = m_droppedCards->filePath(tr("dropped contacts %1.vcf").arg(++m_dropped));
    QFile file(path);
    if (m_droppedCards->isValid() && file.open(QIODevice::WriteOnly) && file.write(data->data(type)) == data->data(type).size())
        files.append(path);
    return files;
}

bool ImportDropTarget::importDropped(const QMimeData *data)
{
    if (!canImport(data))
        return false;
    // One after the other: each import's wizard is modal, so the next opens when it closes.
    QTimer::singleShot(0, this, [this, files = filesOf(data)] {
        for (const QString &path : files)
            Q_EMIT importRequested(path);
    });
    return true;
}

bool ImportDropTarget::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return false;
    const auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    switch (type) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!canImport(drag->mimeData()))
            return false;
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!importDropped(drop->mimeData()))
            return false;
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}
