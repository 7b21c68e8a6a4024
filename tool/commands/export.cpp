// SPDX-License-Identifier: MIT
// `ascn export`: the network as NetworkX node-link JSON, a CSV pair, GraphML, GEXF or DOT.
#include "../command.hpp"
#include "../output.hpp"

#include <ascn/io/csv.hpp>
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
        app.add_option("--gexf-version", gexf_version_,
                       "gexf: 1.3 (Gephi) or 1.2draft (NetworkX's read_gexf)")
            ->check(CLI::IsMember({"1.3", "1.2draft"}));
    }

    int run(const input& in, std::ostream&) override {
        if (flat_ && format_ != "json")
            throw usage_error("--flat is for --format json (the other formats are flat already)");
        if (!gexf_version_.empty() && format_ != "gexf")
            throw usage_error("--gexf-version is for --format gexf");
        const ascn::network& net = in.network();
        std::ostringstream os;
        if (format_ == "json")
            ascn::io::write_json(
                net, os, 1, flat_ ? ascn::io::json_layout::flat : ascn::io::json_layout::nested);
        else if (format_ == "graphml")
            ascn::io::write_graphml(net, os);
        else if (format_ == "gexf")
            ascn::io::write_gexf(net, os,
                                 {gexf_version_ == "1.2draft" ? ascn::io::gexf_version::v1_2draft
                                                              : ascn::io::gexf_version::v1_3});
        else if (format_ == "dot")
            ascn::io::write_dot(net, os);
        else { // csv: a pair of files in a folder
            if (output_.empty() || output_ == "-")
                throw usage_error("--format csv writes two files; give --output FOLDER");
            std::filesystem::create_directories(output_);
            const auto pair = ascn::io::to_csv(net);
            const auto dir = std::filesystem::path(output_);
            // Both or neither: a cut relationships.csv beside a new nodes.csv would read back.
            ascn::io::write_files({{(dir / "nodes.csv").string(), pair.nodes},
                                   {(dir / "relationships.csv").string(), pair.relationships}});
            return 0;
        }
        emit(output_, os.str());
        return 0;
    }

private:
    std::string format_, output_, gexf_version_;
    bool flat_ = false;
};

} // namespace

std::unique_ptr<command> make_export() {
    return std::make_unique<export_command>();
}

} // namespace ascn_tool
