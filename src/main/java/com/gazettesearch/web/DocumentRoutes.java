package com.gazettesearch.web;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.gazettesearch.lookup.DocumentInfo;
import com.gazettesearch.lookup.DocumentLookup;
import com.gazettesearch.lookup.SectionInfo;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Read-only routes over the indexed documents: health with counts, the document list, one document with
 * its sections, one section with its neighbours.
 */
public final class DocumentRoutes implements RouteGroup {
    private final DocumentLookup lookup;

    public DocumentRoutes(DocumentLookup lookup) {
        this.lookup = lookup;
    }

    public record Health(String status, int documents, int sections) {
    }

    /** A section inside a document response. */
    public record SectionEntry(String id, List<String> path, String heading, String type, String text, int order) {
    }

    /** A document's metadata fields followed by its sections. */
    public record DocumentView(@JsonUnwrapped DocumentInfo document, List<SectionEntry> sections) {
    }

    /** A section's fields followed by the ids of its neighbours in the document. */
    public record SectionView(@JsonUnwrapped SectionInfo section, String prev, String next) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/health", this::health);
        routes.get("/api/documents", this::documents);
        routes.get("/api/documents/{id}", this::document);
        routes.get("/api/sections/{id}", this::section);
    }

    void health(Context ctx) throws IOException {
        DocumentLookup.Counts counts = lookup.counts();
        ctx.json(new Health("ok", counts.documents(), counts.sections()));
    }

    void documents(Context ctx) throws IOException {
        ctx.json(lookup.documents());
    }

    void document(Context ctx) throws IOException {
        String id = Params.pathId(ctx);
        DocumentLookup.DocumentWithSections found = lookup.documentWithSections(id)
                .orElseThrow(() -> new NotFoundException("no document with id " + id));
        List<SectionEntry> sections = found.sections().stream()
                .map(s -> new SectionEntry(s.id(), s.path(), s.heading(), s.type(), s.text(), s.order()))
                .toList();
        ctx.json(new DocumentView(found.document(), sections));
    }

    void section(Context ctx) throws IOException {
        String id = Params.pathId(ctx);
        DocumentLookup.SectionWithNeighbours found = lookup.section(id)
                .orElseThrow(() -> new NotFoundException("no section with id " + id));
        ctx.json(new SectionView(found.section(), found.prev(), found.next()));
    }
}
