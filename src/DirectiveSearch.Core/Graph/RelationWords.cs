namespace DirectiveSearch.Core.Graph;

/// <summary>The relations in the words vbpl.vn and a Vietnamese reader use for them ("sửa đổi, bổ sung", "bãi bỏ").</summary>
public static class RelationWords
{
    /// <summary>"thực hiện", "căn cứ", "sửa đổi, bổ sung", ...; the relation itself when it has no Vietnamese name.</summary>
    public static string Vietnamese(string relation) => relation switch
    {
        GraphRelation.Implements => "thực hiện",
        GraphRelation.ImplementsIndirectly => "thực hiện (gián tiếp)",
        GraphRelation.Basis => "căn cứ",
        GraphRelation.Cites => "trích dẫn",
        GraphRelation.Amends => "sửa đổi, bổ sung",
        GraphRelation.Replaces => "thay thế",
        GraphRelation.Repeals => "bãi bỏ",
        GraphRelation.RepealsInPart => "bãi bỏ một phần",
        GraphRelation.Details => "quy định chi tiết",
        _ => relation,
    };
}
