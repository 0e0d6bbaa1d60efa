package id.giliran.inbox.ui;

import id.giliran.ui.HeaderItem;

/** Puts the inbox bell with its live unread count in the header. */
@org.springframework.stereotype.Component
class InboxHeaderItem implements HeaderItem {

    private final InboxService inbox;

    InboxHeaderItem(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new InboxBell(inbox);
    }
}
