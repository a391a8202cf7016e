package com.gazettesearch.web;

import io.javalin.config.RoutesConfig;

/**
 * A set of related routes (documents, search, fees…) that registers itself on the server. Each group is
 * built with its own dependencies and registers instance-method handlers; {@link GazetteServer#standard}
 * lists the groups the application serves.
 */
@FunctionalInterface
public interface RouteGroup {
    void register(RoutesConfig routes);
}
