package id.giliran.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a person sees for an address that does not exist or that they may not open: one sentence
 * in Indonesian and the way back. Both cases look alike on purpose, so a refused page does not
 * reveal that it exists.
 */
abstract class ErrorPage extends VerticalLayout {

    ErrorPage() {
        setId("error-page");
        add(new H2(getTranslation("error.page.title")), new Paragraph(getTranslation("error.page.text")),
                new Anchor("", getTranslation("error.page.home")));
    }

    @AnonymousAllowed
    public static class NotFound extends ErrorPage implements HasErrorParameter<NotFoundException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    @AnonymousAllowed
    public static class Denied extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
    }
}
