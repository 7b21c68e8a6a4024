// SPDX-License-Identifier: MIT
// Where the tool's network comes from: the embedded ASCN, a node-link JSON file, or a folder
// holding a CSV pair; optionally as of a year. One `input` object carries it to every command.
#ifndef ASCN_TOOL_INPUT_HPP
#define ASCN_TOOL_INPUT_HPP

#include "plain_graph.hpp"

#include <ascn/network.hpp>
#include <ascn/progress.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
} // namespace CLI

namespace ascn::data {
struct dataset;
} // namespace ascn::data

namespace ascn_tool {

/// What the user asked to read: `--input` and `--as-of`.
struct input_options {
    std::string path;         ///< empty: the embedded ASCN
    std::optional<int> as_of; ///< empty: everything
    bool quiet = false;       ///< no progress bar (while loading, or a long command)
};

/// Declares `--input`, `--as-of` and `--quiet` on a subcommand.
void add_input_options(CLI::App& cmd, input_options& in);

/// The network a command works on, loaded once.
class input {
public:
    /// No network: for the commands that read none (`completion`).
    input() = default;
    /// Loads the network `o` names. A folder is read as `nodes.csv` + `relationships.csv`; a
    /// file named like an edge list (`is_edge_list`) as a plain graph; any other path, or `-`
    /// (standard input), as node-link JSON: the ASCN's schema, or a plain graph when no node has
    /// a kind.

    explicit input(input_options o, const ascn::progress_callback& progress = {});

    /// True when the input is a plain graph (no ASCN schema): `graph()` holds it, `network()`
    /// is empty.
    [[nodiscard]] bool plain() const noexcept { return plain_ != nullptr; }
    /// The plain graph; precondition: `plain()`.
    [[nodiscard]] const plain_graph& graph() const;
    /// The network (as of the year asked for).
    [[nodiscard]] const ascn::network& network() const noexcept { return net_; }
    /// What was asked for.
    [[nodiscard]] const input_options& options() const noexcept { return o_; }
    /// True for the embedded ASCN, whose dataset (projects, action plans) is then available.
    [[nodiscard]] bool embedded() const noexcept { return o_.path.empty(); }
    /// The embedded ASCN's dataset; precondition: `embedded()`.
    [[nodiscard]] const ascn::data::dataset& dataset() const;
    /// The id `text` names: itself; on the embedded ASCN a city's name or alias ("Kota Cebu");
    /// on any network the one vertex with that name, ignoring case and accents ("Thailand",
    /// "Viet Nam"). Anything else, a name shared by two vertices included, is returned
    /// unchanged (the caller's lookup then reports it with suggestions). O(V) when `text` is
    /// not an id.
    [[nodiscard]] std::string resolve(const std::string& text) const;
    /// A short description for headings, e.g. "embedded ASCN as of 2018".
    [[nodiscard]] std::string describe() const;

    /// Writes `text` to standard error as a warning and keeps it for the JSON answer.
    void warn(std::string text) const;
    /// The warnings so far.
    [[nodiscard]] const std::vector<std::string>& warnings() const noexcept { return warnings_; }

private:
    input_options o_;
    ascn::network net_;
    std::shared_ptr<const plain_graph> plain_;
    mutable std::vector<std::string> warnings_;
};

} // namespace ascn_tool

#endif // ASCN_TOOL_INPUT_HPP
