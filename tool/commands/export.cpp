// SPDX-License-Identifier: MIT
// `ascn export`: the network as NetworkX node-link JSON, a CSV pair, GraphML, GEXF or DOT.
#include "../command.hpp"
#include "../output.hpp"

#include <ascn/io/csv.hpp>
#include <ascn/io/dataset.hpp>
#include <ascn/io/dot.hpp>
#include <ascn/io/gexf.hpp>
#include <ascn/io/graphml.hpp>
#include <ascn/io/json.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <ostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace ascn_tool {
namespace {

class export_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("--format", format_,
                       "json (NetworkX node-link), csv, graphml, gexf (Gephi) or dot")
            ->required()
            ->check(CLI::IsMember({"json", "csv", "graphml", "gexf", "dot"}));
        app.add_option("--output", output_, "file (folder for csv); default: standard output");
        app.add_flag("--flat", flat_,
                     "json: every attribute a scalar (lists joined with ;), as in GraphML");
        app.add_option("--tables", tables_,
                       "folder for the side tables (events, governance, officials, sources) "
                       "as CSV files; for GEXF and DOT, which have no place for them");
        app.add_option("--gexf-version", gexf_version_,
                       "gexf: 1.3 (Gephi) or 1.2draft (NetworkX's read_gexf)")
            ->check(CLI::IsMember({"1.3", "1.2draft"}));
    }

    int run(const input& in, std::ostream&) override {
        if (flat_ && format_ != "json")
            throw usage_error("--flat is for --format json (the other formats are flat already)");
        if (!gexf_version_.empty() && format_ != "gexf")
            throw usage_error("--gexf-version is for --format gexf");
        if (!tables_.empty() && !in.embedded())
            throw usage_error("--tables: only the embedded ASCN has side tables (events, "
                              "governance, officials, sources); a network read from a file has "
                              "none");
        if (!tables_.empty() && format_ == "csv")
            throw usage_error("--tables: --format csv writes the side tables into its folder");
        if (tables_ == "-")
            throw usage_error("--tables writes files; give it a folder");
        const ascn::network& net = in.network();
        // The embedded ASCN's events, governance, officials and sources, as of the year asked.
        const std::vector<ascn::io::side_table> tables =
            in.embedded() ? ascn::io::side_tables(in.dataset(), in.options().as_of)
                          : std::vector<ascn::io::side_table>{};
        std::vector<std::string> texts; // what is written to files, all or none
        std::vector<std::string> paths;
        const auto add_tables = [&](const std::string& folder) {
            std::filesystem::create_directories(folder);
            for (const auto& t : tables) {
                paths.push_back((std::filesystem::path(folder) / (t.name + ".csv")).string());
                texts.push_back(ascn::io::to_csv(t));
            }
        };
        std::ostringstream os;
        if (format_ == "json")
            ascn::io::write_json(
                net, os, 1, flat_ ? ascn::io::json_layout::flat : ascn::io::json_layout::nested,
                tables);
        else if (format_ == "graphml")
            ascn::io::write_graphml(net, os, tables);
        else if (format_ == "gexf")
            ascn::io::write_gexf(net, os,
                                 {gexf_version_ == "1.2draft" ? ascn::io::gexf_version::v1_2draft
                                                              : ascn::io::gexf_version::v1_3});
        else if (format_ == "dot")
            ascn::io::write_dot(net, os);
        else { // csv: a pair of files in a folder, and the side tables beside them
            if (output_.empty() || output_ == "-")
                throw usage_error("--format csv writes two files; give --output FOLDER");
            const auto pair = ascn::io::to_csv(net);
            const auto dir = std::filesystem::path(output_);
            paths = {(dir / "nodes.csv").string(), (dir / "relationships.csv").string()};
            texts = {pair.nodes, pair.relationships};
            add_tables(output_);
        }
        if (format_ != "csv" && !output_.empty() && output_ != "-") {
            paths.push_back(output_);
            texts.push_back(os.str());
        }
        if (!tables_.empty())
            add_tables(tables_);
        // All or none: a cut relationships.csv beside a new nodes.csv would read back, and a
        // new graph beside old tables would be a network of two dates.
        std::vector<std::pair<std::string, std::string_view>> files;
        for (std::size_t i = 0; i < paths.size(); ++i)
            files.emplace_back(paths[i], texts[i]);
        ascn::io::write_files(files);
        if (format_ != "csv" && (output_.empty() || output_ == "-"))
            emit(output_, os.str());
        return 0;
    }

private:
    std::string format_, output_, gexf_version_, tables_;
    bool flat_ = false;
};

} // namespace

std::unique_ptr<command> make_export() {
    return std::make_unique<export_command>();
}

} // namespace ascn_tool
