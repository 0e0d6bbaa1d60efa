package id.giliran.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the header beside the signed-in user (the inbox bell), made afresh
 * for each screen; the layout knows the features only through this.
 */
public interface HeaderItem {

    Component create();
}
