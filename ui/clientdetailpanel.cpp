#include "clientdetailpanel.h"

#include "clientform.h"
#include "clientstore.h"
#include "segmentstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Rapport;

ClientDetailPanel::ClientDetailPanel(ClientStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_segmentIcon(new QLabel(this))
    , m_segment(new QLabel(this))
    , m_advice(new QLabel(this))
    , m_dates(new QLabel(this))
    , m_form(new ClientForm(this))
{
    auto *placeholder = new QLabel(tr("Select a client in the list or on the chart to see and edit it here."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);

    for (QLabel *label : {m_title, m_segment, m_advice, m_dates}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont segmentFont = m_segment->font();
    segmentFont.setBold(true);
    m_segment->setFont(segmentFont);
    m_dates->setEnabled(false);

    auto *details = new QWidget(this);
    auto *segmentRow = new QHBoxLayout;
    segmentRow->addWidget(m_segmentIcon);
    segmentRow->addWidget(m_segment, 1);
    auto *layout = new QVBoxLayout(details);
    layout->addWidget(m_title);
    layout->addLayout(segmentRow);
    layout->addWidget(m_advice);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_dates);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_stack->addWidget(placeholder);
    m_stack->addWidget(scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_form, &ClientForm::editingFinished, this, &ClientDetailPanel::onEdited);
    const auto refreshIfShown = [this](int row) {
        if (row >= 0 && row < m_store->count() && m_store->at(row).id == m_clientId)
            refresh();
    };
    connect(store, &ClientStore::clientChanged, this, refreshIfShown);
    connect(store, &ClientStore::rulesChanged, this, &ClientDetailPanel::refresh);
    connect(store, &ClientStore::clientsRemoved, this, &ClientDetailPanel::refresh);
    connect(store, &ClientStore::resetDone, this, [this] { setClientId(0); });
    refresh();
}

void ClientDetailPanel::setClientId(qint64 id)
{
    if (id == m_clientId)
        return;
    m_clientId = id;
    refresh();
}

void ClientDetailPanel::refresh()
{
    const int row = m_store->rowOf(m_clientId);
    if (row < 0) {
        m_stack->setCurrentIndex(0);
        return;
    }
    const Client &client = m_store->at(row);
    const Segment segment = m_store->segmentAt(row);
    const Extreme extreme = m_store->extremeAt(row);
    m_title->setText(client.displayName());
    m_segmentIcon->setPixmap(SegmentStyle::icon(segment).pixmap(16, 16));
    m_segment->setText(segmentLabel(segment, extreme));
    m_advice->setText(segmentAdvice(segment, extreme));
    const QLocale locale;
    m_dates->setText(tr("Added %1 · last changed %2")
                         .arg(locale.toString(client.createdAt.toLocalTime(), QLocale::ShortFormat),
                              locale.toString(client.updatedAt.toLocalTime(), QLocale::ShortFormat)));
    m_form->setClient(client);
    m_stack->setCurrentIndex(1);
}

void ClientDetailPanel::onEdited()
{
    const Client *before = m_store->client(m_clientId);
    if (!before)
        return;
    const Client after = m_form->client();
    if (after.name == before->name && after.company == before->company && after.email == before->email
        && after.phone == before->phone && after.tags == before->tags && after.notes == before->notes
        && after.satisfaction == before->satisfaction && after.repurchase == before->repurchase)
        return;
    const QString problem = ClientStore::validationError(after);
    if (!problem.isEmpty()) {
        m_advice->setText(problem);
        return;
    }
    Q_EMIT editRequested(*before, after);
}
