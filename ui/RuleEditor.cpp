#include "RuleEditor.h"

#include "ElidedLabel.h"
#include "itemmodels/ModelStyle.h"
#include "itemmodels/PricingFormat.h"
#include "services/PricingService.h"
#include "services/Services.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd {

namespace {

QString fieldErrorStyle(const char *widget)
{
    return QStringLiteral("%1 { border: 1px solid %2; border-radius: 3px; padding: 2px; }")
        .arg(QLatin1String(widget), style::errorColor().name());
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.88);
    return f;
}

// An editable combo box whose completer finds an entry by any part of it, case-insensitively.
QComboBox *pickerCombo(QWidget *parent, const QString &name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    combo->setMaxVisibleItems(14);
    auto *completer = new QCompleter(combo->model(), combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
    return combo;
}

void fill(QComboBox *combo, const QStringList &items)
{
    const QString text = combo->currentText();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItems(items);
    combo->setCurrentIndex(-1);
    combo->setEditText(text);
}

QStringList comboItems(const QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    return items;
}

// The service's field names, as the offending field of its refusals ("percent", "usageType", ...): compared without
// case, "-" or "_".
QString fieldKey(QString field)
{
    field.remove(QLatin1Char('-'));
    field.remove(QLatin1Char('_'));
    field = field.toLower();
    if (field == QLatin1String("modifierpercent") || field == QLatin1String("modifier")
        || field == QLatin1String("percentage"))
        return QStringLiteral("percent");
    if (field == QLatin1String("servicecode"))
        return QStringLiteral("service");
    return field;
}

bool sameRule(const PricingRule &a, const PricingRule &b)
{
    return a.name == b.name && a.scope == b.scope && a.type == b.type && a.modifierPercent == b.modifierPercent
        && a.service == b.service && a.billingEntity == b.billingEntity && a.usageType == b.usageType
        && a.operation == b.operation && a.freeTier == b.freeTier;
}

} // namespace

RuleEditor::RuleEditor(Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("ruleEditor"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("ruleEditorTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    outer->addWidget(m_title);

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 2, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(0);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(4, 2);
    grid->setColumnMinimumWidth(2, 4);
    int row = 0;
    auto add = [&](int column, const QString &label, QWidget *field, const QString &key, const QString &hint) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        auto *error = new ElidedLabel(1, this);
        error->setObjectName(field->objectName() + QStringLiteral("Error"));
        error->setStyleSheet(QStringLiteral("color: %1;").arg(style::errorColor().name()));
        error->setFont(smallFont(font()));
        field->setToolTip(hint);
        grid->addWidget(l, row, column);
        grid->addWidget(field, row, column + 1);
        grid->addWidget(error, row + 1, column + 1);
        m_fields.insert(key, {field, error, hint});
    };

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_name->setPlaceholderText(tr("e.g. S3 partner discount"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("ruleScope"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(8);
    for (PricingRuleScope s :
         {PricingRuleScope::Global, PricingRuleScope::Service, PricingRuleScope::BillingEntity, PricingRuleScope::Sku})
        m_scope->addItem(pricingformat::scopeLabel(s), int(s));
    add(0, tr("&Name:"), m_name, QStringLiteral("name"), tr("What the rule is called in the plan."));
    add(3, tr("S&cope:"), m_scope, QStringLiteral("scope"),
        tr("What the rule applies to. The most specific rule wins: SKU, then service, then billing entity, then "
           "global."));
    row += 2;

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("ruleType"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(8);
    for (PricingRuleType t : {PricingRuleType::Discount, PricingRuleType::Markup, PricingRuleType::Tiering})
        m_type->addItem(pricingformat::typeLabel(t), int(t));
    auto *percentBox = new QWidget(this);
    percentBox->setObjectName(QStringLiteral("rulePercentBox"));
    auto *percentLayout = new QHBoxLayout(percentBox);
    percentLayout->setContentsMargins(0, 0, 0, 0);
    percentLayout->setSpacing(4);
    m_percent = new QLineEdit(percentBox);
    m_percent->setObjectName(QStringLiteral("rulePercent"));
    m_percent->setPlaceholderText(tr("e.g. 10"));
    m_percent->setAlignment(Qt::AlignRight);
    m_percent->setFont(style::tabularFont());
    m_percent->setMinimumWidth(60);
    percentLayout->addWidget(m_percent, 1);
    percentLayout->addWidget(new QLabel(tr("%"), percentBox));
    add(0, tr("&Type:"), m_type, QStringLiteral("type"),
        tr("A markup or discount on the public on-demand price, or tiering (the free tier on or off)."));
    add(3, tr("&Percent:"), percentBox, QStringLiteral("percent"),
        tr("Of the public on-demand price, with up to two decimals: a discount up to 100 %."));
    m_fields[QStringLiteral("percent")].widget = m_percent;
    m_fields[QStringLiteral("percent")].error->setObjectName(QStringLiteral("rulePercentError"));
    row += 2;

    m_service = pickerCombo(this, QStringLiteral("ruleService"));
    m_service->setMinimumContentsLength(16); // "AmazonCloudFront" whole
    m_service->lineEdit()->setPlaceholderText(tr("e.g. AmazonEC2"));
    m_billingEntity = new QComboBox(this);
    m_billingEntity->setObjectName(QStringLiteral("ruleBillingEntity"));
    m_billingEntity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_billingEntity->setMinimumContentsLength(8);
    m_billingEntity->addItems(knownBillingEntities());
    add(0, tr("Ser&vice:"), m_service, QStringLiteral("service"),
        tr("The service code, as in the cost data (AmazonEC2, AmazonS3, ...): type to search."));
    add(3, tr("&Billing entity:"), m_billingEntity, QStringLiteral("billingentity"),
        tr("AWS or AWS Marketplace charges."));
    row += 2;

    m_usageType = pickerCombo(this, QStringLiteral("ruleUsageType"));
    m_usageType->setMinimumContentsLength(18); // "BoxUsage:m5.xlarge" whole
    m_usageType->lineEdit()->setPlaceholderText(tr("e.g. BoxUsage:m5.large"));
    m_operation = pickerCombo(this, QStringLiteral("ruleOperation"));
    m_operation->lineEdit()->setPlaceholderText(tr("e.g. RunInstances"));
    add(0, tr("&Usage type:"), m_usageType, QStringLiteral("usagetype"),
        tr("For a SKU rule: a usage type seen in the cost data of the service."));
    add(3, tr("&Operation:"), m_operation, QStringLiteral("operation"),
        tr("For a SKU rule: an operation seen with that usage type."));
    row += 2;

    m_freeTier = new QCheckBox(tr("&Free tier activated"), this);
    m_freeTier->setObjectName(QStringLiteral("ruleFreeTier"));
    m_freeTier->setToolTip(tr("Tiering rules only: whether the AWS free tier applies to the customer's usage."));
    grid->addWidget(m_freeTier, row, 0, 1, 2);
    m_fields.insert(QStringLiteral("freetier"), {m_freeTier, nullptr, m_freeTier->toolTip()});
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addStretch(1);
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_revert->setObjectName(QStringLiteral("revertRuleButton"));
    m_revert->setToolTip(tr("Forget the unsaved change."));
    m_save = new QPushButton(tr("&Save rule"), this);
    m_save->setObjectName(QStringLiteral("saveRuleButton"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save the rule (Ctrl+S or Enter in a field). It applies from the current billing period."));
    auto *saveShortcut = new QAction(this);
    saveShortcut->setShortcut(QKeySequence::Save);
    saveShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QAction::triggered, m_save, &QPushButton::click);
    addAction(saveShortcut);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    grid->addLayout(buttons, row, 3, 1, 2);
    outer->addLayout(grid);
    m_summary = new ElidedLabel(1, this);
    m_summary->setObjectName(QStringLiteral("ruleProblem"));
    m_summary->setStyleSheet(QStringLiteral("color: %1;").arg(style::errorColor().name()));
    m_summary->setFont(smallFont(font()));
    outer->addWidget(m_summary);

    // Pickers: service codes from the catalogue and the cost data.
    if (auto known = m_services.pricing().knownServices())
        fill(m_service, *known);
    else
        fill(m_service, PricingService::serviceCatalogue());

    connect(m_name, &QLineEdit::textEdited, this, &RuleEditor::edited);
    connect(m_percent, &QLineEdit::textEdited, this, &RuleEditor::edited);
    for (QComboBox *c : {m_scope, m_type, m_billingEntity})
        connect(c, &QComboBox::currentIndexChanged, this, &RuleEditor::edited);
    connect(m_service, &QComboBox::currentTextChanged, this, [this] {
        if (m_loading)
            return;
        refillUsageTypes();
        edited();
    });
    connect(m_usageType, &QComboBox::currentTextChanged, this, [this] {
        if (m_loading)
            return;
        refillOperations();
        edited();
    });
    connect(m_operation, &QComboBox::currentTextChanged, this, &RuleEditor::edited);
    connect(m_freeTier, &QCheckBox::toggled, this, &RuleEditor::edited);
    connect(m_save, &QPushButton::clicked, this, [this] {
        revalidate();
        if (m_valid && isDirty())
            Q_EMIT saveRequested();
    });
    connect(m_revert, &QPushButton::clicked, this, &RuleEditor::revert);
    connect(m_name, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    connect(m_percent, &QLineEdit::returnPressed, m_save, &QPushButton::click);
    clearRule();
}

void RuleEditor::setPlan(const PricingPlan &plan)
{
    m_plan = plan;
    clearRule();
}

void RuleEditor::editRule(const PricingRule &rule)
{
    m_active = true;
    m_original = rule;
    load(rule);
}

void RuleEditor::newRule()
{
    PricingRule rule;
    rule.planId = m_plan.id;
    rule.scope = PricingRuleScope::Service;
    rule.type = PricingRuleType::Discount;
    m_active = true;
    m_original = rule;
    load(rule);
    m_name->setFocus();
    Q_EMIT draftChanged();
}

void RuleEditor::clearRule()
{
    m_active = false;
    m_original = PricingRule();
    load(PricingRule());
}

void RuleEditor::revert()
{
    if (!m_active)
        return;
    if (isNew()) {
        clearRule();
    } else {
        load(m_original);
    }
    Q_EMIT draftChanged();
}

void RuleEditor::load(const PricingRule &rule)
{
    m_loading = true;
    m_name->setText(rule.name);
    m_scope->setCurrentIndex(m_scope->findData(int(rule.scope)));
    m_type->setCurrentIndex(m_type->findData(int(rule.type)));
    m_percent->setText(rule.type == PricingRuleType::Tiering || (!m_active) ? QString()
                           : rule.modifierPercent.isZero() && rule.id.isEmpty()
                           ? QString()
                           : rule.modifierPercent.toString().replace(QLatin1Char('.'), QLocale().decimalPoint()));
    m_service->setEditText(rule.service);
    const int entity = m_billingEntity->findText(rule.billingEntity);
    m_billingEntity->setCurrentIndex(entity >= 0 ? entity : 0);
    m_loading = false;
    refillUsageTypes();
    m_loading = true;
    m_usageType->setEditText(rule.usageType);
    m_loading = false;
    refillOperations();
    m_loading = true;
    m_operation->setEditText(rule.operation);
    m_freeTier->setChecked(rule.freeTier);
    m_loading = false;
    const bool editable = m_active && !m_plan.managed && !m_plan.id.isEmpty();
    if (!m_active)
        m_title->setText(m_plan.id.isEmpty() || m_plan.managed ? QString()
                                                               : tr("Select a rule to edit it, or add a new one."));
    else if (rule.id.isEmpty())
        m_title->setText(tr("New rule in %1").arg(m_plan.name));
    else
        m_title->setText(tr("Edit rule \"%1\"").arg(rule.name));
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_scope), static_cast<QWidget *>(m_type)})
        w->setEnabled(editable);
    updateEnabled();
    revalidate();
}

bool RuleEditor::isDirty() const
{
    if (!m_active)
        return false;
    return isNew() || !sameRule(draft(), m_original);
}

PricingRule RuleEditor::draft() const
{
    PricingRule rule = m_original;
    rule.planId = m_plan.id;
    rule.name = m_name->text().trimmed();
    rule.scope = PricingRuleScope(m_scope->currentData().toInt());
    rule.type = PricingRuleType(m_type->currentData().toInt());
    rule.service.clear();
    rule.billingEntity.clear();
    rule.usageType.clear();
    rule.operation.clear();
    rule.modifierPercent = Decimal();
    if (rule.type != PricingRuleType::Tiering) {
        QString text = m_percent->text().trimmed();
        if (text.endsWith(QLatin1Char('%')))
            text.chop(1);
        text = text.trimmed().replace(QLocale().decimalPoint(), QStringLiteral("."));
        if (const auto value = Decimal::fromString(text))
            rule.modifierPercent = *value;
    }
    if (rule.scope == PricingRuleScope::Service || rule.scope == PricingRuleScope::Sku)
        rule.service = m_service->currentText().trimmed();
    if (rule.scope == PricingRuleScope::BillingEntity)
        rule.billingEntity = m_billingEntity->currentText();
    if (rule.scope == PricingRuleScope::Sku) {
        rule.usageType = m_usageType->currentText().trimmed();
        rule.operation = m_operation->currentText().trimmed();
    }
    rule.freeTier = rule.type == PricingRuleType::Tiering ? m_freeTier->isChecked() : true;
    return rule;
}

void RuleEditor::updateEnabled()
{
    const bool editable = m_active && !m_plan.managed && !m_plan.id.isEmpty();
    const auto scope = PricingRuleScope(m_scope->currentData().toInt());
    const bool tiering = PricingRuleType(m_type->currentData().toInt()) == PricingRuleType::Tiering;
    m_percent->setEnabled(editable && !tiering);
    m_service->setEnabled(editable && (scope == PricingRuleScope::Service || scope == PricingRuleScope::Sku));
    m_billingEntity->setEnabled(editable && scope == PricingRuleScope::BillingEntity);
    m_usageType->setEnabled(editable && scope == PricingRuleScope::Sku);
    m_operation->setEnabled(editable && scope == PricingRuleScope::Sku);
    m_freeTier->setEnabled(editable && tiering);
    m_revert->setEnabled(editable && isDirty());
}

void RuleEditor::edited()
{
    if (m_loading)
        return;
    updateEnabled();
    revalidate();
    Q_EMIT draftChanged();
}

void RuleEditor::markField(const QString &field, const QString &message)
{
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const bool bad = !message.isEmpty() && it.key() == field;
        QWidget *w = it->widget;
        const char *type = qobject_cast<QComboBox *>(w) ? "QComboBox"
            : qobject_cast<QLineEdit *>(w)              ? "QLineEdit"
                                                        : nullptr;
        if (type)
            w->setStyleSheet(bad ? fieldErrorStyle(type) : QString());
        w->setToolTip(bad ? message : it->hint);
        if (it->error)
            it->error->setText(bad ? message : QString());
    }
}

void RuleEditor::revalidate()
{
    m_problem.clear();
    QString field;
    const bool editable = m_active && !m_plan.managed && !m_plan.id.isEmpty();
    if (editable) {
        const PricingRule rule = draft();
        QString text = m_percent->text().trimmed();
        if (text.endsWith(QLatin1Char('%')))
            text.chop(1);
        text = text.trimmed().replace(QLocale().decimalPoint(), QStringLiteral("."));
        if (rule.type != PricingRuleType::Tiering && (text.isEmpty() || !Decimal::fromString(text))) {
            // The field's text is not a number at all: there is nothing to ask the service yet.
            field = QStringLiteral("percent");
            m_problem = text.isEmpty()
                ? tr("Enter the percentage, such as 10 or 12.5.")
                : tr("\"%1\" is not a percentage: write a number such as 10 or 12.5.").arg(m_percent->text().trimmed());
        } else if (Status s = m_services.pricing().checkRule(m_plan.id, rule, m_original.id); !s) {
            field = fieldKey(s.error().field);
            m_problem = s.error().message;
            if (!m_fields.contains(field) || !m_fields.value(field).error)
                field.clear();
        }
    }
    // A reason under its field; one that names no field (a conflict with another rule, the 500 limit) on the
    // summary line, with its code.
    markField(field, m_problem);
    m_summary->setText(field.isEmpty() ? m_problem : QString());
    m_valid = editable && m_problem.isEmpty();
    m_save->setEnabled(m_valid && isDirty());
    m_revert->setEnabled(editable && isDirty());
    m_save->setText(isNew() ? tr("&Add rule") : tr("&Save rule"));
}

void RuleEditor::showError(const Error &error)
{
    QString field = fieldKey(error.field);
    if (!m_fields.contains(field) || !m_fields.value(field).error)
        field.clear();
    markField(field, error.message);
    m_summary->setText(field.isEmpty() ? tr("%1 (%2)").arg(error.message, error.code) : QString());
    m_problem = error.message;
}

void RuleEditor::refillUsageTypes()
{
    const QString service = m_service->currentText().trimmed();
    QStringList items;
    if (!service.isEmpty())
        if (auto types = m_services.pricing().usageTypes(service))
            items = *types;
    fill(m_usageType, items);
    refillOperations();
}

void RuleEditor::refillOperations()
{
    const QString service = m_service->currentText().trimmed();
    QStringList items;
    if (!service.isEmpty())
        if (auto operations = m_services.pricing().operations(service, m_usageType->currentText().trimmed()))
            items = *operations;
    fill(m_operation, items);
}

QStringList RuleEditor::offeredServices() const
{
    return comboItems(m_service);
}

QStringList RuleEditor::offeredUsageTypes() const
{
    return comboItems(m_usageType);
}

QStringList RuleEditor::offeredOperations() const
{
    return comboItems(m_operation);
}

} // namespace bd
