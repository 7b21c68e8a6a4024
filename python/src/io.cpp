// SPDX-License-Identifier: MIT
// Files: ascn.read, Network.write and the node-link JSON that carries a network to and from
// NetworkX. (A file of its own: the readers and writers are the module's heaviest headers.)
#include "common.hpp"
#include "method.hpp"

#include <ascn/io/csv.hpp>
#include <ascn/io/dot.hpp>
#include <ascn/io/gexf.hpp>
#include <ascn/io/graphml.hpp>
#include <ascn/io/json.hpp>
#if ASCN_PY_GRAPHML
#include <ascn/io/graphml_reader.hpp>
#endif

#include <cctype>
#include <filesystem>
#include <sstream>

namespace ascn_py {

namespace {

std::string format_of(const std::string& path, const std::optional<std::string>& format) {
    if (format)
        return *format;
    const std::filesystem::path p(path);
    if (std::filesystem::is_directory(p) || !p.has_extension())
        return "csv";
    std::string ext = p.extension().string().substr(1);
    for (auto& ch : ext)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (ext == "gv")
        return "dot";
    return ext;
}

std::shared_ptr<network> read(const std::string& path, const std::optional<std::string>& format,
                              const py::object& progress) {
    const std::string f = format_of(path, format);
    ascn::network net;
    without_gil(progress, [&](const ascn::progress_callback& cb) {
        if (f == "csv") {
            const auto dir = std::filesystem::path(path);
            const auto nodes = (dir / "nodes.csv").string(),
                       rels = (dir / "relationships.csv").string();
            ascn::io::read_csv(ascn::io::read_file(nodes), ascn::io::read_file(rels), net, nodes,
                               rels, cb);
        } else if (f == "json")
            ascn::io::read_json(ascn::io::read_file(path), net, path, cb);
        else if (f == "graphml") {
#if ASCN_PY_GRAPHML
            ascn::io::read_graphml(ascn::io::read_file(path), net, path, cb);
#else
            throw ascn::io_error("this ascn module was built without GraphML input (it needs "
                                 "pugixml; Debian: libpugixml-dev)",
                                 {.file = path});
#endif
        } else
            throw ascn::value_error("ascn reads json, csv (a folder with nodes.csv and "
                                    "relationships.csv) and graphml",
                                    {.field = "format", .value = f, .file = path});
        return 0;
    });
    return make_network(std::move(net), false, std::nullopt);
}

void write(const network& n, const std::string& path, const std::optional<std::string>& format) {
    const std::string f = format_of(path, format);
    const ascn::network& net = n.get();
    py::gil_scoped_release nogil;
    if (f == "csv") {
        const auto pair = ascn::io::to_csv(net);
        std::filesystem::create_directories(path);
        const auto dir = std::filesystem::path(path);
        ascn::io::write_files({{(dir / "nodes.csv").string(), pair.nodes},
                               {(dir / "relationships.csv").string(), pair.relationships}});
        return;
    }
    std::ostringstream out;
    if (f == "json")
        ascn::io::write_json(net, out);
    else if (f == "graphml")
        ascn::io::write_graphml(net, out);
    else if (f == "gexf")
        ascn::io::write_gexf(net, out);
    else if (f == "dot")
        ascn::io::write_dot(net, out);
    else
        throw ascn::value_error("ascn writes json, csv (a folder), graphml, gexf and dot",
                                {.field = "format", .value = f, .file = path});
    ascn::io::write_file(path, out.str());
}

} // namespace

void bind_io(py::module_& m) {
    method(
        m, "Network", "write",
        [](const network& n, const std::string& path, const std::optional<std::string>& format) {
            write(n, path, format);
        },
        py::arg("path"), py::arg("format") = py::none(),
        "Writes the network: format 'json' (node-link), 'csv' (a folder: nodes.csv and\n"
        "relationships.csv), 'graphml', 'gexf' or 'dot'; by default from the extension (a\n"
        "path without one is a csv folder). Written whole or not at all.");
    method(
        m, "Network", "to_json",
        [](const network& n) {
            std::ostringstream out;
            ascn::io::write_json(n.get(), out, -1);
            return out.str();
        },
        "The network as node-link JSON text (what to_networkx reads).");
    m.def("read", &read, py::arg("path"), py::arg("format") = py::none(),
          py::arg("progress") = py::none(),
          "Reads a network: 'json' (node-link), 'csv' (a folder with nodes.csv and\n"
          "relationships.csv) or 'graphml'; by default from the extension (a folder is csv).\n"
          "`progress(fraction)` may return False to cancel (CancelledError).");
    m.def(
        "_network_from_json",
        [](const std::string& text, const std::string& name) {
            ascn::network net;
            {
                py::gil_scoped_release nogil;
                ascn::io::read_json(text, net, name);
            }
            return make_network(std::move(net), false, std::nullopt);
        },
        py::arg("text"), py::arg("name") = "<networkx>");
}

} // namespace ascn_py
