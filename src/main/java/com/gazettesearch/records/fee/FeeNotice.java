package com.gazettesearch.records.fee;

import java.time.LocalDate;
import java.util.Map;

import com.gazettesearch.model.GazetteDocument;

/**
 * What a whole fee notice tells every price in it.
 *
 * @param doc           the notice
 * @param names         where its text names charges
 * @param defaultCharge the charge of prices that name none, when its title names only one; else null
 * @param proposal      whether the notice only proposes its prices (a hearing or consultation)
 * @param collections   how each fee is collected (随水征收), by charge
 * @param effective     the notice's stated start, or null
 * @param subjectClasses the class the notice's subject names with a charge, by charge (居民生活用水 for 水价 in
 *                      "…居民生活用水阶梯价格…"): the class of its prices that name none
 */
record FeeNotice(GazetteDocument doc, ChargeNames names, String defaultCharge, boolean proposal,
                 Map<String, String> collections, LocalDate effective, Map<String, String> subjectClasses) {
}
