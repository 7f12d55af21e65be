#include "notesearchdialog.h"

#include "clientstore.h"
#include "datetext.h"
#include "matchhighlightdelegate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Rapport;

NoteSearchDialog::NoteSearchDialog(ClientStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_search(new QLineEdit(this))
    , m_results(new QTreeWidget(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Search Notes"));
    m_search->setPlaceholderText(tr("Words from a meeting note or call"));
    m_search->setClearButtonEnabled(true);
    m_results->setColumnCount(3);
    m_results->setHeaderLabels({tr("Client"), tr("When"), tr("Note")});
    m_results->setRootIsDecorated(false);
    m_results->setAlternatingRowColors(true);
    m_results->setUniformRowHeights(true);
    m_results->header()->setStretchLastSection(true);
    m_results->setItemDelegateForColumn(2, new MatchHighlightDelegate(MatchRangesRole, m_results));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    connect(timer, &QTimer::timeout, this, &NoteSearchDialog::search);
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT clientRequested(item->data(0, Qt::UserRole).toLongLong(), item->data(1, Qt::UserRole).toLongLong());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(720, 460);
}

void NoteSearchDialog::search()
{
    m_results->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_count->clear();
        return;
    }
    constexpr int Limit = 500;
    const QVector<Interaction> found = m_store->searchNotes(text, Limit);
    const QStringList words = ClientStore::noteSearchWords(text);
    for (const Interaction &interaction : found) {
        const Client *client = m_store->client(interaction.clientId);
        auto *item = new QTreeWidgetItem(m_results);
        const QString note = interaction.note.simplified();
        item->setText(0, client ? client->displayName() : QString());
        item->setText(1, DateText::shortDateTime(interaction.happenedAt));
        item->setText(2, note);
        item->setToolTip(2, interaction.note);
        item->setData(0, Qt::UserRole, interaction.clientId);
        item->setData(1, Qt::UserRole, interaction.id);
        item->setData(2, MatchRangesRole, QVariant::fromValue(MatchHighlightDelegate::matchRanges(note, words)));
    }
    // The client and the date in full, with a little air before the next column; a very long
    // name gives way to the note.
    const int air = m_results->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int column : {0, 1}) {
        m_results->resizeColumnToContents(column);
        m_results->setColumnWidth(column, m_results->columnWidth(column) + air);
    }
    m_results->setColumnWidth(0, std::min(m_results->columnWidth(0), width() * 2 / 5));
    m_count->setText(found.size() >= Limit ? tr("The first %1 matches; add a word to narrow the search.").arg(Limit)
                                           : tr("%n match(es). Double-click one to open its client.", nullptr, int(found.size())));
}
