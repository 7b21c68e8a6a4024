// SPDX-License-Identifier: MIT
// `ascn assign --costs FILE.csv`: the assignment solver on a cost matrix of your own, as SciPy's
// linear_sum_assignment (Jonker-Volgenant), or with `--capacity N` each row taking up to N
// columns (min-cost flow). The file: a header row naming the columns (its first cell names the
// rows' column), then one row per row id with a number per column; an empty cell, or inf, is a
// forbidden pair.
#include "../command.hpp"
#include "../envelope.hpp"
#include "../output.hpp"
#include "../table.hpp"

#include <ascn/algorithm/matching/assignment.hpp>
#include <ascn/detail/csv.hpp>
#include <ascn/error.hpp>
#include <ascn/io/common.hpp>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <filesystem>
#include <limits>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ascn_tool {
namespace {

struct cost_file {
    std::vector<std::string> rows, columns;
    ascn::cost_matrix costs;
};

// Reads the matrix; forbidden pairs become +inf (minimising) or -inf (maximising).
cost_file read_costs(const std::string& path, bool maximise) {
    const auto t = ascn::detail::parse_csv(ascn::io::read_file(path), path);
    if (t.header.size() < 2)
        throw ascn::parse_error("the header needs a label for the rows and at least one column",
                                {.file = path, .line = 1});
    cost_file f;
    f.columns.assign(t.header.begin() + 1, t.header.end());
    f.costs = ascn::cost_matrix(t.rows.size(), f.columns.size());
    const double forbidden =
        maximise ? -ascn::cost_matrix::forbidden : ascn::cost_matrix::forbidden;
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const auto& row = t.rows[i];
        if (row[0].empty())
            throw ascn::parse_error("a row needs an id in its first field",
                                    {.field = t.header[0], .file = path, .line = t.lines[i]});
        f.rows.push_back(row[0]);
        for (std::size_t j = 1; j < row.size(); ++j) {
            const std::string& s = row[j];
            double x = forbidden;
            if (!s.empty() && s != "inf" && s != "-inf") {
                const char* first = s.data() + (s.front() == '+' ? 1 : 0);
                const auto [end, ec] = std::from_chars(first, s.data() + s.size(), x);
                if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(x))
                    throw ascn::parse_error("\"" + s +
                                                "\" is not a number (leave the cell empty, "
                                                "or write inf, for a forbidden pair)",
                                            {.id = row[0],
                                             .field = t.header[j],
                                             .value = s,
                                             .file = path,
                                             .line = t.lines[i],
                                             .column = t.columns[i][j]});
            }
            f.costs(i, j - 1) = x;
        }
    }
    return f;
}

class assign_command final : public command {
public:
    void options(CLI::App& app) override {
        app.add_option("--costs", path_,
                       "CSV matrix: a header naming the columns, then a row id and a number per "
                       "column on each line (empty or inf: forbidden)")
            ->required();
        app.add_flag("--maximize", maximise_, "the greatest total instead of the least");
        app.add_option("--capacity", capacity_,
                       "each row may take up to N columns, each column one row (min-cost flow; "
                       "default: SciPy's one-to-one assignment)")
            ->check(count_in(1, 1'000'000));
        add_format_option(app, format_);
    }

    int run(const input& in, std::ostream& out) override {
        const auto f = read_costs(path_, maximise_);
        const auto o = maximise_ ? ascn::objective::maximise : ascn::objective::minimise;
        std::vector<std::pair<std::size_t, std::size_t>> pairs;
        double total = 0;
        if (capacity_) {
            const std::vector<std::size_t> rows(f.rows.size(), *capacity_),
                columns(f.columns.size(), 1);
            auto r = ascn::capacitated_assignment(f.costs, rows, columns, o);
            pairs = std::move(r.pairs);
            total = r.cost;
        } else {
            const auto a = ascn::linear_assignment(f.costs, o);
            for (std::size_t i = 0; i < a.column_of_row.size(); ++i)
                if (a.column_of_row[i] != ascn::unassigned)
                    pairs.emplace_back(i, a.column_of_row[i]);
            total = a.cost;
        }
        std::vector<bool> row_used(f.rows.size()), column_used(f.columns.size());
        for (const auto& [i, j] : pairs)
            row_used[i] = column_used[j] = true;
        if (format_ == "json") {
            nlohmann::ordered_json r;
            r["objective"] = maximise_ ? "maximise" : "minimise";
            r["capacity"] =
                capacity_ ? nlohmann::ordered_json(*capacity_) : nlohmann::ordered_json();
            r["rows"] = f.rows.size();
            r["columns"] = f.columns.size();
            auto list = nlohmann::ordered_json::array();
            for (const auto& [i, j] : pairs)
                list.push_back(
                    {{"row", f.rows[i]}, {"column", f.columns[j]}, {"cost", f.costs(i, j)}});
            r["pairs"] = std::move(list);
            r["total"] = total;
            auto free_rows = nlohmann::ordered_json::array(), free_columns = free_rows;
            for (std::size_t i = 0; i < f.rows.size(); ++i)
                if (!row_used[i])
                    free_rows.push_back(f.rows[i]);
            for (std::size_t j = 0; j < f.columns.size(); ++j)
                if (!column_used[j])
                    free_columns.push_back(f.columns[j]);
            r["unassigned_rows"] = std::move(free_rows);
            r["unassigned_columns"] = std::move(free_columns);
            auto j = envelope(in, "assign", std::move(r));
            j["input"] = std::filesystem::path(path_).filename().string();
            out << j.dump(1) << '\n';
            return 0;
        }
        out << (maximise_ ? "greatest" : "least") << " total of " << f.rows.size() << " rows x "
            << f.columns.size() << " columns"
            << (capacity_ ? " (each row up to " + std::to_string(*capacity_) + " columns)" : "")
            << ": " << number(total, 6) << " in " << pairs.size() << " pairs\n\n";
        table t({"row", "column", "cost"});
        for (const auto& [i, j] : pairs)
            t.add({f.rows[i], f.columns[j], number(f.costs(i, j), 6)});
        t.print(out);
        return 0;
    }

private:
    std::string path_;
    bool maximise_ = false;
    std::optional<std::size_t> capacity_;
    std::string format_ = "table";
};

} // namespace

std::unique_ptr<command> make_assign() {
    return std::make_unique<assign_command>();
}

} // namespace ascn_tool
