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
 * canonical within the document's region by {@link DepartmentAliases}. Where a list notes that its first-named unit
 * leads (列第一位者为牵头单位，下同), lists without a marked lead are read so from there on. A section with several lists gets their
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
        // 列第一位者为牵头单位，下同: from the list that says so on, a list without marked leads is led by its first name
        boolean firstNamedLeads = false;
        for (Section section : doc.sections()) {
            List<DepartmentList> lists = rawLists(section);
            if (lists.isEmpty()) {
                continue;
            }
            DepartmentListParser.FirstNamed note = section.type() == SectionType.TABLE_ROW
                    ? DepartmentListParser.FirstNamed.NONE : DepartmentListParser.firstNamedLeads(section.text());
            firstNamedLeads |= note == DepartmentListParser.FirstNamed.ALL_LATER;
            if (firstNamedLeads || note == DepartmentListParser.FirstNamed.HERE) {
                lists = lists.stream().map(DepartmentListParser::firstAsLead).toList();
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
