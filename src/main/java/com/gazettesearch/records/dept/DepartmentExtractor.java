package com.gazettesearch.records.dept;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.gazettesearch.model.GazetteDocument;
import com.gazettesearch.model.Section;
import com.gazettesearch.model.SectionType;

/**
 * The responsible departments of each section of a document: the lists that end task paragraphs and the
 * responsibility column of table rows (see {@link DepartmentListParser} for the forms read), with names made
 * canonical within the document's region by {@link DepartmentAliases}. A section with several lists gets their
 * union; a department that leads one of them counts as lead.
 */
public final class DepartmentExtractor {
    private final DepartmentAliases aliases;

    public DepartmentExtractor(DepartmentAliases aliases) {
        this.aliases = aliases;
    }

    /** One assignment per section that names responsible departments, in section order. */
    public List<DepartmentAssignment> extract(GazetteDocument doc) {
        List<DepartmentAssignment> out = new ArrayList<>();
        for (Section section : doc.sections()) {
            List<DepartmentList> lists = rawLists(section);
            if (lists.isEmpty()) {
                continue;
            }
            Set<String> lead = new LinkedHashSet<>();
            Set<String> participating = new LinkedHashSet<>();
            for (DepartmentList list : lists) {
                list.lead().forEach(n -> lead.add(aliases.canonical(doc.region(), n)));
                list.participating().forEach(n -> participating.add(aliases.canonical(doc.region(), n)));
            }
            participating.removeAll(lead);
            out.add(new DepartmentAssignment(section.id(), doc.id(), doc.region(), List.copyOf(lead),
                    List.copyOf(participating)));
        }
        return out;
    }

    /** The lists in one section as printed, names not yet canonical. */
    public static List<DepartmentList> rawLists(Section section) {
        if (section.type() == SectionType.TABLE_ROW) {
            DepartmentList row = DepartmentListParser.parseTableRow(section.text());
            return row == null ? List.of() : List.of(row);
        }
        return DepartmentListParser.parseText(section.text());
    }
}
