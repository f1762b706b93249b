import Pledge

/// "We may use your mailing address to send you catalogues": a message sent with the postal address alone goes by
/// post. "send" and "mail" name e-mail in the taxonomy, as they mostly do; read so here, the rule would permit (or
/// forbid) e-mail the text never speaks of.
extension ClauseAnalyzer {
    /// The actions with e-mail read as post when every data the promise names is a postal address.
    func byPost(_ actions: [String], data: [String]) -> [String] {
        let tree = taxonomy[.data]
        guard actions.contains("email"), taxonomy[.action].contains("post"), !data.isEmpty,
              data.allSatisfy({ tree.covers("user.contact.address", $0) }) else { return actions }
        var seen: Set<String> = []
        return actions.map { $0 == "email" ? "post" : $0 }.filter { seen.insert($0).inserted }
    }
}
