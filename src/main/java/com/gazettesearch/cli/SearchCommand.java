package com.gazettesearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.gazettesearch.lookup.BadRequestException;
import com.gazettesearch.search.SearchRequest;
import com.gazettesearch.search.SearchResponse;
import com.gazettesearch.web.GazetteServer;
import com.gazettesearch.web.SearchRoutes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code search "查询"}: the hits for a person at a terminal (title, 文号, heading path, snippet with the match
 * coloured, or marked 【】 when the output is not a terminal), or with {@code --json} the body
 * {@code GET /api/search} answers, for scripts. Parameters are validated exactly as the API validates them.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index and print the top sections with their document, heading path and snippet.")
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    AppOptions options;

    @Mixin
    AppOptions.SynonymsOption synonyms;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to search for, e.g. \"污水处理费什么时候开始执行\".")
    String query;

    @Option(names = "--size", paramLabel = "N", defaultValue = "10", description = "Hits per page, 1-100 (default ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page of hits, from 1 (default ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--group", paramLabel = "HOW", defaultValue = "document",
            description = "document: one result per document with its best sections; none: the sections (default ${DEFAULT-VALUE}).")
    String group;

    @Option(names = "--json", description = "Print the JSON body GET /api/search would answer, for scripts.")
    boolean json;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the matches: auto (on a terminal, unless NO_COLOR is set), always, never (default ${DEFAULT-VALUE}).")
    String color;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SearchRequest request = request();
        Terminal.Colour colour = colour();
        PrintWriter out = spec.commandLine().getOut();
        try (SearchSession session = SearchSession.open(options.toConfig(synonyms))) {
            SearchResponse response = session.service().search(request);
            if (json) {
                out.println(GazetteServer.objectMapper().writeValueAsString(response));
            } else {
                new SearchPrinter(out, colour.enabled()).print(response);
            }
            out.flush();
        }
        return 0;
    }

    /** The request as the API would build it from the same parameters; a bad value is a usage error. */
    private SearchRequest request() {
        try {
            return SearchRoutes.searchRequest(Map.of("q", List.of(query), "size", List.of(Integer.toString(size)),
                    "page", List.of(Integer.toString(page)), "group", List.of(group)));
        } catch (BadRequestException e) {
            throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
    }

    private Terminal.Colour colour() {
        try {
            return Terminal.Colour.valueOf(color.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--color: must be auto, always or never, was " + color);
        }
    }
}
