// SPDX-License-Identifier: MIT
// `ascn export`: the network as NetworkX node-link JSON, a CSV pair, GraphML or DOT.
#include "../command.hpp"
#include "../output.hpp"

#include <ascn/io/csv.hpp>
#include <ascn/io/dot.hpp>
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
        app.add_option("--format", format_, "json (NetworkX node-link), csv, graphml or dot")
            ->required()
            ->check(CLI::IsMember({"json", "csv", "graphml", "dot"}));
        app.add_option("--output", output_, "file (folder for csv); default: standard output");
    }

    int run(const input& in, std::ostream&) override {
        const ascn::network& net = in.network();
        std::ostringstream os;
        if (format_ == "json")
            ascn::io::write_json(net, os);
        else if (format_ == "graphml")
            ascn::io::write_graphml(net, os);
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
    std::string format_, output_;
};

} // namespace

std::unique_ptr<command> make_export() {
    return std::make_unique<export_command>();
}

} // namespace ascn_tool
