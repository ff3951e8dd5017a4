#include "ServiceCommand.h"

namespace bd {

ServiceCommand::ServiceCommand(const QString &text, Action forward, Action backward, ErrorSink onError)
    : QUndoCommand(text)
    , m_forward(std::move(forward))
    , m_backward(std::move(backward))
    , m_onError(std::move(onError))
{
}

Status ServiceCommand::run(QUndoStack *stack, const QString &text, Action forward, Action backward, ErrorSink onError)
{
    Status done = forward();
    if (!done)
        return done;
    if (stack)
        stack->push(new ServiceCommand(text, std::move(forward), std::move(backward), std::move(onError)));
    return done;
}

void ServiceCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    if (Status s = m_forward(); !s) {
        setObsolete(true);
        if (m_onError)
            m_onError(s.error());
    }
}

void ServiceCommand::undo()
{
    if (Status s = m_backward(); !s) {
        setObsolete(true);
        if (m_onError)
            m_onError(s.error());
    }
}

} // namespace bd
