package com.gazettesearch.records.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a table's responsible-department cell into department names. The PDF separates names
 * with spaces ("区委组织部 区教育局 各镇（街道）") or 、; once spaces are gone the names run together
 * ("区委宣传部生态环境石峰分局"), so a name is also cut after an organisation suffix (部, 局, 委, 办,
 * 公司, 中心 …) when the next one opens like a department (区…, 市…, 各…, 生态环境…).
 */
public final class DepartmentCell {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s、，,；;/]+");
    private static final Pattern RUN_TOGETHER = Pattern.compile(
            "(?<=部|局|委|办|办公室|公司|中心|监委|分局|（街道）|\\(街道\\)|所|站|院|队|政府|企业)"
                    + "(?=区|市|县|镇|乡|各|省|生态环境|株洲|湖南)");

    private DepartmentCell() {
    }

    /** The department names in {@code cell}, in order; empty for none. */
    public static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        for (String part : SEPARATORS.split(cell.strip())) {
            for (String name : RUN_TOGETHER.split(part)) {
                if (!CellText.isNone(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }
}
