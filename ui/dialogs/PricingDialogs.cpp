#include "PricingDialogs.h"

#include "ElidedLabel.h"
#include "itemmodels/ModelStyle.h"
#include "itemmodels/PricingFormat.h"
#include "services/DirectoryService.h"
#include "services/PricingService.h"
#include "services/ProFormaService.h"
#include "services/Services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>

namespace bd {

namespace {

QString fieldKey(QString field)
{
    field.remove(QLatin1Char('-'));
    field.remove(QLatin1Char('_'));
    return field.toLower();
}

const QStringList &amountFields()
{
    static const QStringList fields {QStringLiteral("amount"), QStringLiteral("flatamount"), QStringLiteral("flat"),
                                     QStringLiteral("percent"), QStringLiteral("percentage")};
    return fields;
}

// A number as people type it: the locale's decimal point or '.', an optional trailing "%" or leading "USD".
std::optional<Decimal> parseNumber(QString text)
{
    text = text.trimmed();
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    if (text.startsWith(QLatin1String("USD"), Qt::CaseInsensitive))
        text = text.mid(3);
    text = text.trimmed();
    const QLocale locale;
    text.remove(locale.groupSeparator());
    text.replace(locale.decimalPoint(), QStringLiteral("."));
    return Decimal::fromString(text);
}

QString mutedStyle()
{
    return QStringLiteral("color: %1;").arg(style::mutedTextColor().name());
}

QComboBox *serviceCombo(QWidget *parent, const QString &name, const QStringList &services, const QString &none)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString());
    combo->addItems(services);
    combo->lineEdit()->setPlaceholderText(none);
    auto *completer = new QCompleter(combo->model(), combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    combo->setCompleter(completer);
    return combo;
}

} // namespace

// --- PlanDialog ----------------------------------------------------------------------------------------------------

PlanDialog::PlanDialog(const PricingPlan &plan, QWidget *parent)
    : ValidatedForm(plan.id.isEmpty() ? tr("New pricing plan") : tr("Edit pricing plan"), parent)
{
    setObjectName(QStringLiteral("planDialog"));
    setIntro(plan.id.isEmpty()
                 ? tr("A custom plan is a set of rules (markups and discounts on public on-demand prices) that any of "
                      "your billing groups can use. Add its rules after creating it.")
                 : tr("The name and description of the plan. Its rules are edited in the Plans and rules page."));
    m_name
        = addField(QStringLiteral("name"), tr("&Name:"), tr("e.g. Partner standard"), [](const QString &v) -> Status {
              const QString name = v.trimmed();
              if (name.isEmpty())
                  return Error::input(QStringLiteral("name"), PricingReasons::InvalidName, tr("Give the plan a name."));
              if (name.size() > PricingLimits::NameMaxLength)
                  return Error::input(QStringLiteral("name"), PricingReasons::InvalidName,
                                      tr("At most %1 characters.").arg(PricingLimits::NameMaxLength));
              if (isManagedPlanName(name))
                  return Error::input(QStringLiteral("name"), PricingReasons::InvalidName,
                                      tr("%1 is the name of an AWS-managed plan.").arg(name));
              return {};
          });
    m_description
        = addField(QStringLiteral("description"), tr("&Description:"), tr("optional: who it is for, what it does"),
                   [](const QString &v) -> Status {
                       if (v.size() > PricingLimits::DescriptionMaxLength)
                           return Error::input(QStringLiteral("description"), PricingReasons::InvalidName,
                                               tr("At most %1 characters.").arg(PricingLimits::DescriptionMaxLength));
                       return {};
                   });
    m_name->setText(plan.name);
    m_description->setText(plan.description);
    okButton()->setText(plan.id.isEmpty() ? tr("Create plan") : tr("Save"));
    setMinimumWidth(520);
    revalidate();
    m_name->setFocus();
}

QString PlanDialog::name() const
{
    return m_name->text().trimmed();
}

QString PlanDialog::description() const
{
    return m_description->text().trimmed();
}

// --- StandardGroupDialog -------------------------------------------------------------------------------------------

StandardGroupDialog::StandardGroupDialog(Services &services, const QList<PricingPlan> &plans, QWidget *parent)
    : ValidatedForm(tr("New standard billing group"), parent)
{
    setObjectName(QStringLiteral("standardGroupDialog"));
    DirectoryService &dir = services.directory();
    const auto own = dir.organizationOf(services.actingAccountId());
    setIntro(tr("A standard billing group prices chosen accounts of %1 with a plan of your own, for showback or "
                "chargeback inside your organization. An account is in at most one billing group.")
                 .arg(own ? own->name : tr("your organization")));
    m_name = addField(
        QStringLiteral("name"), tr("&Name:"), tr("e.g. Data platform team"), [](const QString &v) -> Status {
            const QString name = v.trimmed();
            if (name.isEmpty())
                return Error::input(QStringLiteral("name"), PricingReasons::InvalidName, tr("Give the group a name."));
            if (name.size() > PricingLimits::NameMaxLength)
                return Error::input(QStringLiteral("name"), PricingReasons::InvalidName,
                                    tr("At most %1 characters.").arg(PricingLimits::NameMaxLength));
            return {};
        });
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("plan"));
    for (const PricingPlan &p : plans) {
        if (p.isPassthrough())
            continue; // Passthrough is for transfer billing groups only
        m_plan->addItem(pricingformat::planLabel(p.name), p.name);
        m_plan->setItemData(m_plan->count() - 1, p.description, Qt::ToolTipRole);
    }
    addRow(tr("&Pricing plan:"), m_plan, tr("From the current billing period on; you can change it later."));

    m_accounts = new QListWidget(this);
    m_accounts->setObjectName(QStringLiteral("accounts"));
    m_accounts->setMinimumHeight(m_accounts->fontMetrics().height() * 6);
    // Where each account already is, so that the choice is an informed one (the service has the last word).
    QHash<QString, QString> groupOf;
    if (auto groups = services.pricing().groups())
        for (const BillingGroupPricing &g : *groups)
            if (g.group.type == BillingGroupType::Standard)
                for (const QString &a : g.accountIds)
                    groupOf.insert(a, g.group.name);
    if (own) {
        for (const Account &a : dir.accounts(own->id)) {
            QString text = tr("%1  \u00b7  %2").arg(a.id, a.name);
            if (groupOf.contains(a.id))
                text += tr("  (in %1)").arg(groupOf.value(a.id));
            auto *item = new QListWidgetItem(text, m_accounts);
            item->setData(Qt::UserRole, a.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setToolTip(text);
        }
    }
    addRow(tr("&Accounts:"), m_accounts);
    connect(m_accounts, &QListWidget::itemChanged, this, &ValidatedForm::revalidate);
    addFormCheck([this]() -> Status {
        if (accountIds().isEmpty())
            return Error::input(QStringLiteral("accounts"), QStringLiteral("NO_ACCOUNTS"),
                                tr("Choose the accounts the group covers."));
        return {};
    });
    okButton()->setText(tr("Create group"));
    setMinimumWidth(560);
    revalidate();
    m_name->setFocus();
}

QString StandardGroupDialog::name() const
{
    return m_name->text().trimmed();
}

QString StandardGroupDialog::plan() const
{
    return m_plan->currentData().toString();
}

QStringList StandardGroupDialog::accountIds() const
{
    QStringList ids;
    for (int i = 0; i < m_accounts->count(); ++i)
        if (m_accounts->item(i)->checkState() == Qt::Checked)
            ids << m_accounts->item(i)->data(Qt::UserRole).toString();
    return ids;
}

void StandardGroupDialog::setAccountChecked(const QString &accountId, bool checked)
{
    for (int i = 0; i < m_accounts->count(); ++i)
        if (m_accounts->item(i)->data(Qt::UserRole).toString() == accountId)
            m_accounts->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

// --- LineItemDialog ------------------------------------------------------------------------------------------------

LineItemDialog::LineItemDialog(Services &services, const CustomLineItem &item, const QList<CustomLineItem> &groupItems,
                               const PricingPlan &plan, const BillingPeriod &period, QWidget *parent)
    : ValidatedForm(item.id.isEmpty() ? tr("New custom line item") : tr("Edit custom line item"), parent)
    , m_services(services)
    , m_original(item)
    , m_groupItems(groupItems)
    , m_plan(plan)
    , m_period(period)
    , m_current(services.pricing().currentPeriod())
{
    setObjectName(QStringLiteral("lineItemDialog"));
    setIntro(tr("A fee or a credit on top of the billing group's pro forma: a support fee, a managed-service fee, "
                "shared costs, a credit handed on. Flat amounts are in USD."));
    m_name = addField(QStringLiteral("name"), tr("&Name:"), tr("e.g. Managed service fee"),
                      [this](const QString &) { return serviceCheck({QStringLiteral("name")}); });
    m_description = addField(QStringLiteral("description"), tr("&Description:"), tr("optional"),
                             [this](const QString &) { return serviceCheck({QStringLiteral("description")}); });
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->addItem(tr("Fee (added to the pro forma)"), int(CustomLineItemType::Fee));
    m_type->addItem(tr("Credit (subtracted from the pro forma)"), int(CustomLineItemType::Credit));
    addRow(tr("&Type:"), m_type);
    m_charge = new QComboBox(this);
    m_charge->setObjectName(QStringLiteral("charge"));
    m_charge->addItem(tr("Flat amount (USD)"), QStringLiteral("flat"));
    m_charge->addItem(tr("Percentage"), QStringLiteral("percent"));
    addRow(tr("&Charge:"), m_charge);
    m_amount = addField(QStringLiteral("amount"), tr("&Amount:"), tr("e.g. 250"),
                        [this](const QString &text) { return amountStatus(text); });
    m_amount->setFont(style::tabularFont());
    m_amount->setAlignment(Qt::AlignRight);

    m_ofProForma = new QCheckBox(tr("of the group's pro forma &total (flat items excluded)"), this);
    m_ofProForma->setObjectName(QStringLiteral("percentOfProForma"));
    m_ofProForma->setChecked(true);
    addRow(QString(), m_ofProForma);
    m_ofItems = new QListWidget(this);
    m_ofItems->setObjectName(QStringLiteral("percentOfItems"));
    for (const CustomLineItem &other : groupItems) {
        if (!other.isFlat() || other.id == item.id)
            continue;
        auto *entry = new QListWidgetItem(tr("%1  \u00b7  %2").arg(other.name, pricingformat::lineItemCharge(other)),
                                          m_ofItems);
        entry->setData(Qt::UserRole, other.id);
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        entry->setCheckState(item.percentOfItems.contains(other.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_ofItems->setFixedHeight(m_ofItems->fontMetrics().height() * 3 + 10);
    m_ofItems->setVisible(m_ofItems->count() > 0);
    if (m_ofItems->count() > 0)
        addRow(tr("and/or of flat &items:"), m_ofItems);

    QStringList known;
    if (auto services = m_services.pricing().knownServices())
        known = *services;
    m_filterService = serviceCombo(this, QStringLiteral("filterService"), known, tr("all services"));
    addRow(tr("Only of &service:"), m_filterService, tr("A percentage of this one service's pro forma."));
    m_excludeNegation = new QCheckBox(tr("without Savings Plan &negation"), this);
    m_excludeNegation->setObjectName(QStringLiteral("excludeSavingsPlanNegation"));
    addRow(QString(), m_excludeNegation);
    m_presentation = serviceCombo(this, QStringLiteral("presentationService"), known, tr("Custom line items"));
    addRow(tr("Shown &under:"), m_presentation, tr("The service the item appears under on the customer's bill."));

    m_start = new QComboBox(this);
    m_start->setObjectName(QStringLiteral("start"));
    for (const BillingPeriod &p : {m_current, m_current.previous()})
        m_start->addItem(p == m_current ? tr("%1 (current)").arg(pricingformat::period(p)) : pricingformat::period(p),
                         p.index());
    if (!item.id.isEmpty() && m_start->findData(item.startPeriod) < 0)
        m_start->addItem(pricingformat::period(BillingPeriod::fromIndex(item.startPeriod)), item.startPeriod);
    addRow(tr("&Starts in:"), m_start, tr("A new item starts in the current or the previous month."));
    m_end = new QComboBox(this);
    m_end->setObjectName(QStringLiteral("end"));
    addRow(tr("&Ends:"), m_end);

    m_preview = new ElidedLabel(2, this);
    m_preview->setObjectName(QStringLiteral("previewAmount"));
    m_preview->setStyleSheet(mutedStyle());
    addRow(tr("In %1:").arg(pricingformat::shortPeriod(period)), m_preview);

    // Everything the service checks that no field above shows (ranges, the items chosen, ...), under the form.
    addFormCheck([this]() -> Status {
        if (!m_ready)
            return {};
        const Status s = m_services.pricing().checkLineItem(this->item());
        if (s)
            return s;
        const QString key = fieldKey(s.error().field);
        if (key == QLatin1String("name") || key == QLatin1String("description") || amountFields().contains(key))
            return {}; // shown under its field
        return s;
    });

    // The stored values.
    m_name->setText(item.name);
    m_description->setText(item.description);
    m_type->setCurrentIndex(m_type->findData(int(item.type)));
    m_charge->setCurrentIndex(item.percent && !item.flatAmount ? 1 : 0);
    const auto value = item.flatAmount ? item.flatAmount : item.percent;
    if (value && !item.id.isEmpty())
        m_amount->setText(value->toString().replace(QLatin1Char('.'), QLocale().decimalPoint()));
    m_ofProForma->setChecked(item.id.isEmpty() || item.percentOfProForma);
    m_filterService->setEditText(item.filterService);
    m_excludeNegation->setChecked(item.excludeSavingsPlanNegation);
    m_presentation->setEditText(item.presentationService);
    m_start->setCurrentIndex(std::max(0, m_start->findData(item.id.isEmpty() ? m_current.index() : item.startPeriod)));

    auto fillEnd = [this] {
        const int start = m_start->currentData().toInt();
        const QVariant keep = m_end->currentData();
        const QSignalBlocker block(m_end);
        m_end->clear();
        m_end->addItem(tr("Recurring (no end)"), -1);
        m_end->addItem(tr("After one month (%1 only)").arg(pricingformat::shortPeriod(BillingPeriod::fromIndex(start))),
                       start);
        for (int i = 1; i <= 23; ++i)
            m_end->addItem(tr("After %1").arg(pricingformat::period(BillingPeriod::fromIndex(start + i))), start + i);
        const int index = m_end->findData(keep);
        m_end->setCurrentIndex(index >= 0 ? index : 0);
    };
    fillEnd();
    if (!item.id.isEmpty())
        m_end->setCurrentIndex(std::max(0, m_end->findData(item.endPeriod ? *item.endPeriod : -1)));

    auto changed = [this] {
        updateKind();
        revalidate();
        updatePreview();
    };
    connect(m_start, &QComboBox::currentIndexChanged, this, [fillEnd, changed] {
        fillEnd();
        changed();
    });
    for (QComboBox *c : {m_type, m_charge, m_end})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    for (QComboBox *c : {m_filterService, m_presentation})
        connect(c, &QComboBox::currentTextChanged, this, changed);
    for (QCheckBox *c : {m_ofProForma, m_excludeNegation})
        connect(c, &QCheckBox::toggled, this, changed);
    connect(m_ofItems, &QListWidget::itemChanged, this, changed);
    for (QLineEdit *e : {m_name, m_description, m_amount})
        connect(e, &QLineEdit::textChanged, this, &LineItemDialog::updatePreview);
    okButton()->setText(item.id.isEmpty() ? tr("Add item") : tr("Save"));
    setMinimumWidth(620);
    m_ready = true;
    updateKind();
    revalidate();
    updatePreview();
    m_name->setFocus();
}

Status LineItemDialog::amountStatus(const QString &text) const
{
    if (!m_ready)
        return {}; // judged once every field exists
    const bool flat = m_charge->currentData().toString() == QLatin1String("flat");
    if (text.trimmed().isEmpty())
        return Error::input(QStringLiteral("amount"), PricingReasons::InvalidAmount,
                            flat ? tr("Enter the amount in USD, such as 250.")
                                 : tr("Enter the percentage, such as 5."));
    if (!parseNumber(text))
        return Error::input(QStringLiteral("amount"), PricingReasons::InvalidAmount,
                            tr("\"%1\" is not a number: write it as 250 or 12.5.").arg(text.trimmed()));
    return serviceCheck(amountFields());
}

Status LineItemDialog::serviceCheck(const QStringList &fields) const
{
    if (!m_ready)
        return {};
    const Status s = m_services.pricing().checkLineItem(item());
    if (!s && fields.contains(fieldKey(s.error().field)))
        return s;
    return {};
}

void LineItemDialog::updateKind()
{
    const bool flat = m_charge->currentData().toString() == QLatin1String("flat");
    if (auto *label = qobject_cast<QLabel *>(form()->labelForField(m_amount)))
        label->setText(flat ? tr("&Amount (USD):") : tr("&Percent:"));
    m_amount->setPlaceholderText(flat ? tr("e.g. 250") : tr("e.g. 5"));
    m_ofProForma->setEnabled(!flat);
    m_ofItems->setEnabled(!flat);
    m_filterService->setEnabled(!flat);
    m_excludeNegation->setEnabled(!flat);
}

CustomLineItem LineItemDialog::item() const
{
    CustomLineItem item = m_original;
    item.name = m_name->text().trimmed();
    item.description = m_description->text().trimmed();
    item.type = CustomLineItemType(m_type->currentData().toInt());
    const bool flat = m_charge->currentData().toString() == QLatin1String("flat");
    const auto value = parseNumber(m_amount->text());
    item.flatAmount.reset();
    item.percent.reset();
    item.percentOfItems.clear();
    item.filterService.clear();
    item.excludeSavingsPlanNegation = false;
    if (flat) {
        item.flatAmount = value;
        item.percentOfProForma = false;
    } else {
        item.percent = value;
        item.percentOfProForma = m_ofProForma->isChecked();
        for (int i = 0; i < m_ofItems->count(); ++i)
            if (m_ofItems->item(i)->checkState() == Qt::Checked)
                item.percentOfItems << m_ofItems->item(i)->data(Qt::UserRole).toString();
        item.filterService = m_filterService->currentText().trimmed();
        item.excludeSavingsPlanNegation = m_excludeNegation->isChecked();
    }
    item.presentationService = m_presentation->currentText().trimmed();
    item.startPeriod = m_start->currentData().toInt();
    const int end = m_end->currentData().toInt();
    item.endPeriod = end < 0 ? std::nullopt : std::optional<int>(end);
    return item;
}

void LineItemDialog::updatePreview()
{
    // What the item comes to in the preview month, by the engine (ProFormaService::whatIf with the group's items as
    // they would be): never a sum of our own.
    if (!isValid()) {
        m_preview->setText(tr("Worked out once the item is valid."));
        return;
    }
    CustomLineItem draft = item();
    const QString previewId = draft.id.isEmpty() ? QStringLiteral("cli-preview") : draft.id;
    draft.id = previewId;
    draft.fromPeriod = 0; // the preview month, whatever version the edit would become
    draft.toPeriod.reset();
    QList<CustomLineItem> items;
    for (const CustomLineItem &other : std::as_const(m_groupItems))
        if (other.id != m_original.id)
            items << other;
    items << draft;
    const auto margin = m_services.proForma().whatIf(m_period, draft.billingGroupId, m_plan, items);
    if (!margin) {
        m_preview->setText(margin.error().message);
        return;
    }
    for (const PricedLineItem &priced : margin->lineItems) {
        if (priced.item < 0 || priced.item >= margin->lineItemDefinitions.size()
            || margin->lineItemDefinitions.at(priced.item).id != previewId)
            continue;
        m_preview->setText(draft.isFlat()
                               ? tr("%1 on the customer's bill.").arg(pricingformat::money(priced.amount))
                               : tr("%1: %2 of %3.")
                                     .arg(pricingformat::money(priced.amount), pricingformat::percent(draft.percent),
                                          pricingformat::money(priced.basis)));
        return;
    }
    m_preview->setText(tr("Nothing: the item does not apply to %1.").arg(pricingformat::period(m_period)));
}

} // namespace bd
