package id.giliran.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

import java.util.List;

/**
 * A plain, accessible HTML table of figures: a caption, a header row, rows, numbers aligned right.
 * Every chart has one beside it, so a screen reader (or a person who would rather read numbers)
 * gets the same figures.
 */
@Tag("table")
class FigureTable extends Component {

    FigureTable(String caption, List<String> headers) {
        getElement().setAttribute("class", "giliran-figure-table");
        getElement().appendChild(new Element("caption").setText(caption));
        Element head = new Element("tr");
        headers.forEach(header -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(header)));
        getElement().appendChild(new Element("thead").appendChild(head));
        getElement().appendChild(new Element("tbody"));
    }

    FigureTable row(Object... cells) {
        Element row = new Element("tr");
        for (int i = 0; i < cells.length; i++) {
            String text = cells[i] == null ? "—" : String.valueOf(cells[i]);
            Element cell = i == 0 ? new Element("th").setAttribute("scope", "row") : new Element("td");
            if (cells[i] instanceof Number) {
                cell.setAttribute("class", "giliran-number");
            }
            row.appendChild(cell.setText(text));
        }
        getElement().getChild(2).appendChild(row);
        return this;
    }

    /** The texts of every body row, cell by cell: what tests and screen readers read. */
    List<List<String>> rows() {
        Element body = getElement().getChild(2);
        return body.getChildren().map(row -> row.getChildren().map(Element::getText).toList()).toList();
    }
}
