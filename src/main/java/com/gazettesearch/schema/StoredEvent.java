package com.gazettesearch.schema;

import com.gazettesearch.records.chronicle.ChronicleEvent;

/**
 * What an event record stores: the event and the title of its chronicle, so an event list needs no
 * second lookup per event.
 */
public record StoredEvent(ChronicleEvent event, String docTitle) {
}
