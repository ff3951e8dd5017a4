#include "PricingCommands.h"

#include "itemmodels/PricingFormat.h"
#include "services/PricingService.h"

#include <QCoreApplication>

namespace bd {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PricingCommands", text);
}

template<typename T> Status statusOf(const Result<T> &r)
{
    return r ? Status() : Status(r.error());
}
} // namespace

// --- PricingIds ----------------------------------------------------------------------------------------------------

QString PricingIds::resolve(const QString &id) const
{
    QString current = id;
    for (int hops = 0; hops < 1000; ++hops) { // a chain of re-creations, never a cycle
        const auto it = m_next.constFind(current);
        if (it == m_next.cend())
            break;
        current = *it;
    }
    return current;
}

QStringList PricingIds::resolve(const QStringList &ids) const
{
    QStringList out;
    out.reserve(ids.size());
    for (const QString &id : ids)
        out << resolve(id);
    return out;
}

void PricingIds::replaced(const QString &before, const QString &after)
{
    if (before.isEmpty() || after.isEmpty() || before == after)
        return;
    m_next.insert(before, after);
    m_next.remove(after); // the new id is current again
}

// --- PricingCommand ------------------------------------------------------------------------------------------------

PricingCommand::PricingCommand(const Context &context, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
{
}

Status PricingCommand::push(QUndoStack *stack, PricingCommand *command)
{
    Status done = command->forward();
    if (!done || !stack) {
        delete command;
        return done;
    }
    stack->push(command); // calls redo(), which skips its first run: the call was just made
    return done;
}

void PricingCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    if (Status s = forward(); !s) {
        setObsolete(true);
        if (m_context.onError)
            m_context.onError(s.error());
    }
}

void PricingCommand::undo()
{
    if (Status s = backward(); !s) {
        setObsolete(true);
        if (m_context.onError)
            m_context.onError(s.error());
    }
}

// --- Plans ---------------------------------------------------------------------------------------------------------

AddPlanCommand::AddPlanCommand(const Context &context, const QString &name, const QString &description)
    : PricingCommand(context, tr("Add pricing plan \"%1\"").arg(name))
    , m_name(name)
    , m_description(description)
{
}

QString AddPlanCommand::planId() const
{
    return ids().resolve(m_id);
}

Status AddPlanCommand::forward()
{
    auto r = service().addPlan(m_name, m_description);
    if (!r)
        return r.error();
    if (!m_id.isEmpty())
        ids().replaced(m_id, r->id);
    m_id = r->id;
    return {};
}

Status AddPlanCommand::backward()
{
    return service().removePlan(ids().resolve(m_id));
}

UpdatePlanCommand::UpdatePlanCommand(const Context &context, const PricingPlan &before, const QString &name,
                                     const QString &description)
    : PricingCommand(context,
                     name == before.name ? tr("Edit pricing plan \"%1\"").arg(name)
                                         : tr("Rename pricing plan \"%1\" to \"%2\"").arg(before.name, name))
    , m_id(before.id)
    , m_beforeName(before.name)
    , m_beforeDescription(before.description)
    , m_afterName(name)
    , m_afterDescription(description)
{
}

Status UpdatePlanCommand::forward()
{
    return statusOf(service().updatePlan(ids().resolve(m_id), m_afterName, m_afterDescription));
}

Status UpdatePlanCommand::backward()
{
    return statusOf(service().updatePlan(ids().resolve(m_id), m_beforeName, m_beforeDescription));
}

RemovePlanCommand::RemovePlanCommand(const Context &context, const PricingPlan &plan)
    : PricingCommand(context, tr("Remove pricing plan \"%1\"").arg(plan.name))
    , m_plan(plan)
{
}

Status RemovePlanCommand::forward()
{
    return service().removePlan(ids().resolve(m_plan.id));
}

Status RemovePlanCommand::backward()
{
    auto added = service().addPlan(m_plan.name, m_plan.description);
    if (!added)
        return added.error();
    ids().replaced(ids().resolve(m_plan.id), added->id);
    for (PricingRule rule : std::as_const(m_plan.rules)) {
        const QString before = ids().resolve(rule.id);
        rule.id.clear();
        rule.planId = added->id;
        auto r = service().addRule(added->id, rule);
        if (!r)
            return r.error();
        ids().replaced(before, r->id);
    }
    return {};
}

// --- Rules ---------------------------------------------------------------------------------------------------------

AddRuleCommand::AddRuleCommand(const Context &context, const QString &planId, const PricingRule &rule)
    : PricingCommand(context, tr("Add rule \"%1\"").arg(rule.name))
    , m_planId(planId)
    , m_rule(rule)
{
}

QString AddRuleCommand::ruleId() const
{
    return ids().resolve(m_id);
}

Status AddRuleCommand::forward()
{
    PricingRule rule = m_rule;
    rule.id.clear();
    rule.planId = ids().resolve(m_planId);
    auto r = service().addRule(rule.planId, rule);
    if (!r)
        return r.error();
    if (!m_id.isEmpty())
        ids().replaced(m_id, r->id);
    m_id = r->id;
    return {};
}

Status AddRuleCommand::backward()
{
    return service().removeRule(ids().resolve(m_id));
}

EditRuleCommand::EditRuleCommand(const Context &context, const PricingRule &before, const PricingRule &after)
    : PricingCommand(context, tr("Edit rule \"%1\"").arg(after.name))
    , m_before(before)
    , m_after(after)
{
}

Status EditRuleCommand::forward()
{
    PricingRule rule = m_after;
    rule.id = ids().resolve(m_before.id);
    rule.planId = ids().resolve(m_before.planId);
    return statusOf(service().editRule(rule.id, rule));
}

Status EditRuleCommand::backward()
{
    PricingRule rule = m_before;
    rule.id = ids().resolve(m_before.id);
    rule.planId = ids().resolve(m_before.planId);
    return statusOf(service().editRule(rule.id, rule));
}

RemoveRuleCommand::RemoveRuleCommand(const Context &context, const PricingRule &rule)
    : PricingCommand(context, tr("Remove rule \"%1\"").arg(rule.name))
    , m_rule(rule)
{
}

Status RemoveRuleCommand::forward()
{
    return service().removeRule(ids().resolve(m_rule.id));
}

Status RemoveRuleCommand::backward()
{
    PricingRule rule = m_rule;
    rule.planId = ids().resolve(m_rule.planId);
    const QString before = ids().resolve(m_rule.id);
    rule.id.clear();
    auto r = service().addRule(rule.planId, rule);
    if (!r)
        return r.error();
    ids().replaced(before, r->id);
    return {};
}

// --- Billing groups ------------------------------------------------------------------------------------------------

SetGroupPlanCommand::SetGroupPlanCommand(const Context &context, const QString &groupId, const QString &before,
                                         const QString &after)
    : PricingCommand(context, tr("Change the plan of a billing group to %1").arg(pricingformat::planLabel(after)))
    , m_groupId(groupId)
    , m_before(before)
    , m_after(after)
{
}

Status SetGroupPlanCommand::forward()
{
    return statusOf(service().setGroupPlan(ids().resolve(m_groupId), ids().resolve(m_after)));
}

Status SetGroupPlanCommand::backward()
{
    return statusOf(service().setGroupPlan(ids().resolve(m_groupId), ids().resolve(m_before)));
}

AddStandardGroupCommand::AddStandardGroupCommand(const Context &context, const QString &name,
                                                 const QStringList &accountIds, const QString &plan)
    : PricingCommand(context, tr("Add billing group \"%1\"").arg(name))
    , m_name(name)
    , m_accounts(accountIds)
    , m_plan(plan)
{
}

QString AddStandardGroupCommand::groupId() const
{
    return ids().resolve(m_id);
}

Status AddStandardGroupCommand::forward()
{
    auto r = service().addStandardGroup(m_name, m_accounts, ids().resolve(m_plan));
    if (!r)
        return r.error();
    if (!m_id.isEmpty())
        ids().replaced(m_id, r->id);
    m_id = r->id;
    return {};
}

Status AddStandardGroupCommand::backward()
{
    return service().removeStandardGroup(ids().resolve(m_id));
}

// --- Custom line items ---------------------------------------------------------------------------------------------

namespace {
CustomLineItem resolved(const PricingIds &ids, CustomLineItem item)
{
    item.id = ids.resolve(item.id);
    item.billingGroupId = ids.resolve(item.billingGroupId);
    item.percentOfItems = ids.resolve(item.percentOfItems);
    return item;
}
} // namespace

AddLineItemCommand::AddLineItemCommand(const Context &context, const CustomLineItem &item)
    : PricingCommand(context, tr("Add custom line item \"%1\"").arg(item.name))
    , m_item(item)
{
}

QString AddLineItemCommand::itemId() const
{
    return ids().resolve(m_id);
}

Status AddLineItemCommand::forward()
{
    CustomLineItem item = resolved(ids(), m_item);
    item.id.clear();
    auto r = service().addLineItem(item);
    if (!r)
        return r.error();
    if (!m_id.isEmpty())
        ids().replaced(m_id, r->id);
    m_id = r->id;
    return {};
}

Status AddLineItemCommand::backward()
{
    return service().removeLineItem(ids().resolve(m_id));
}

EditLineItemCommand::EditLineItemCommand(const Context &context, const CustomLineItem &before,
                                         const CustomLineItem &after)
    : PricingCommand(context, tr("Edit custom line item \"%1\"").arg(after.name))
    , m_before(before)
    , m_after(after)
{
}

Status EditLineItemCommand::forward()
{
    CustomLineItem item = resolved(ids(), m_after);
    item.id = ids().resolve(m_before.id);
    return statusOf(service().editLineItem(item.id, item));
}

Status EditLineItemCommand::backward()
{
    const CustomLineItem item = resolved(ids(), m_before);
    return statusOf(service().editLineItem(item.id, item));
}

RemoveLineItemCommand::RemoveLineItemCommand(const Context &context, const CustomLineItem &item)
    : PricingCommand(context, tr("Remove custom line item \"%1\"").arg(item.name))
    , m_item(item)
{
}

Status RemoveLineItemCommand::forward()
{
    return service().removeLineItem(ids().resolve(m_item.id));
}

Status RemoveLineItemCommand::backward()
{
    CustomLineItem item = resolved(ids(), m_item);
    const QString before = item.id;
    item.id.clear();
    auto r = service().addLineItem(item);
    if (!r)
        return r.error();
    ids().replaced(before, r->id);
    return {};
}

} // namespace bd
