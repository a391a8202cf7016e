package com.gazettesearch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gazettesearch.config.AppConfig;
import com.gazettesearch.index.Indexer;
import com.gazettesearch.lookup.Searchers;
import com.gazettesearch.testkit.LiveApp;

/** The server listens on 127.0.0.1 unless told otherwise: exposing it on the network is a decision ({@code --host}). */
class ListenAddressTest {
    @TempDir
    static Path tmp;

    private static Optional<InetAddress> networkAddress() throws IOException {
        return NetworkInterface.networkInterfaces()
                .filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (IOException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void byDefaultOnlyTheLoopbackInterfaceIsServedAndAnotherHostCanBeChosen() throws IOException {
        Optional<InetAddress> network = networkAddress();
        Assumptions.assumeTrue(network.isPresent(), "this machine has no non-loopback IPv4 address to try");
        Path index = tmp.resolve("index");
        Indexer.standard(false).index(LiveApp.CORPUS, index);
        AppConfig defaults = AppConfig.defaults().withCorpusDir(LiveApp.CORPUS).withIndexDir(index).withPort(0);
        assertThat(defaults.host()).isEqualTo("127.0.0.1");
        try (Searchers searchers = Searchers.open(index, GazetteServer.READER_STATE)) {
            GazetteServer local = GazetteServer.standard(defaults, searchers);
            int port = local.start();
            try {
                assertThat(accepts(InetAddress.getLoopbackAddress(), port)).isTrue();
                assertThat(accepts(network.get(), port)).as("reachable on " + network.get()).isFalse();
            } finally {
                local.stop();
            }
            GazetteServer everywhere = GazetteServer.standard(defaults.withHost("0.0.0.0"), searchers);
            port = everywhere.start();
            try {
                assertThat(accepts(network.get(), port)).isTrue();
            } finally {
                everywhere.stop();
            }
        }
    }
}
