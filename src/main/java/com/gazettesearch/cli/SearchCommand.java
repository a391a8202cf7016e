package com.gazettesearch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.gazettesearch.search.SearchRequest;
import com.gazettesearch.search.SearchResponse;
import com.gazettesearch.search.SearchService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code search "查询"}: prints the top hits with document title, heading path and snippet. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index and print the top sections with their document title and heading path.")
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    AppOptions options;

    @Mixin
    AppOptions.SynonymsOption synonyms;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to search for, e.g. \"污水处理费什么时候开始执行\".")
    String query;

    @Option(names = "--size", defaultValue = "10", description = "Number of hits (1-100, default ${DEFAULT-VALUE}).")
    int size;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (size < 1 || size > SearchRequest.MAX_SIZE) {
            throw new ParameterException(spec.commandLine(), "--size: must be a number from 1 to " + SearchRequest.MAX_SIZE + ", was " + size);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (SearchSession session = SearchSession.open(options.toConfig(synonyms))) {
            SearchService service = session.service();
            SearchResponse r = service.search(SearchRequest.of(query).withPage(1, size));
            out.printf("%d sections match \"%s\" (%d ms)%n", r.total(), r.query(), r.tookMs());
            int n = 1;
            for (SearchResponse.Hit h : r.hits()) {
                out.printf("%2d. %s%s%n", n++, h.docTitle(), h.docNumber() == null ? "" : " (" + h.docNumber() + ")");
                out.printf("    %s%s%n", String.join(" › ", h.path()), h.score() == null ? "" : String.format("  [%.2f]", h.score()));
                out.printf("    %s%n", plain(h.snippet()));
            }
            out.flush();
        }
        return 0;
    }

    /** The snippet for a terminal: one line, marks as 【】, entities decoded. */
    static String plain(String snippet) {
        return snippet.replaceAll("\\s*\\n\\s*", " ").replace("<mark>", "【").replace("</mark>", "】").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
